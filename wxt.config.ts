import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * QUBAO_E2E_HOSTS — test builds only. A comma-separated list of match patterns, e.g.
 *   QUBAO_E2E_HOSTS='http://127.0.0.1/*,http://localhost/*' npx wxt build
 * adds those origins to the *required* host_permissions. The background registers the content
 * script for every granted origin plus the manifest's required hosts at startup
 * (entrypoints/background/content-scripts.ts), so end-to-end tests and the local demo run without
 * a permission prompt. Normal builds leave it unset and ask for no host at install.
 */
const e2eHosts = (process.env.QUBAO_E2E_HOSTS ?? '')
  .split(',')
  .map((h) => h.trim())
  .filter((h) => /^(\*|https?):\/\/[^/]+\/.*$/.test(h));

// Runtime content scripts put their `matches` into host_permissions (WXT 0.21 manifest step);
// Qubao asks for hosts at run time, so those go to optional_host_permissions instead.
const CONTENT_SCRIPT_MATCHES = ['*://*/*'];
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  // QUBAO_OUT_DIR lets parallel test runs build into their own folders (tests/e2e/support/paths.ts reads it too).
  outDir: process.env.QUBAO_OUT_DIR ?? '.output',
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      const required = (manifest.host_permissions ?? []).filter((h: string) => !CONTENT_SCRIPT_MATCHES.includes(h));
      manifest.host_permissions = [...new Set([...required, ...e2eHosts])];
      if (manifest.host_permissions.length === 0) delete manifest.host_permissions;
      manifest.optional_host_permissions = [...new Set([...(manifest.optional_host_permissions ?? []), ...OPTIONAL_HOSTS])];
      // WXT takes the action title from popup.html's <title>; the toolbar tooltip should be localised.
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    optional_host_permissions: OPTIONAL_HOSTS,
    // WXT adds the wasm CSP only in dev; jieba-wasm needs it in builds too.
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon-16.png', 32: 'icon-32.png', 48: 'icon-48.png', 128: 'icon-128.png' },
    },
    icons: { 16: 'icon-16.png', 32: 'icon-32.png', 48: 'icon-48.png', 128: 'icon-128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qubao@qubao.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
