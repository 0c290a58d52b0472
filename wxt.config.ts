import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts of known e-paper sites live in lib/sites/known-hosts.ts; they are requested at run
// time (optional host permissions), never at install. See README "Permissions".
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // WXT adds the wasm CSP only in dev; jieba-wasm needs it in builds too.
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    action: { default_title: '__MSG_actionTitle__' },
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
