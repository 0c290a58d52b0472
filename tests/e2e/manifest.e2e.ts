// The generated manifests, Chrome and Firefox, of a normal build and of the e2e build: CSP
// exactly 'self' plus wasm, nothing web-accessible, no externally_connectable, permissions
// exactly the intended list (README "Permissions"), host access optional in a normal build,
// Firefox's data_collection_permissions declared, and no code loaded from anywhere but the package.
// Builds the normal variant itself into <output dir>-plain (.output-plain under `npm test`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildForE2e } from '../../scripts/e2e-build';
import { E2E_HOSTS, OUTPUT_DIR, REPO_ROOT } from './support/paths';

export const INTENDED_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";
export const INTENDED_PERMISSIONS = ['activeTab', 'alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage'];
export const INTENDED_OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
/** Files a web page may load from the extension: none (the content script needs no asset). */
export const WEB_ACCESSIBLE_ALLOW_LIST: string[] = [];

const PLAIN_DIR = `${OUTPUT_DIR}-plain`;

function buildPlain(): void {
  const wxt = path.join(REPO_ROOT, 'node_modules/.bin/wxt');
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    const env: NodeJS.ProcessEnv = { ...process.env, QUBAO_OUT_DIR: path.relative(REPO_ROOT, PLAIN_DIR) };
    delete env.QUBAO_E2E_HOSTS;
    const r = spawnSync(wxt, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`wxt ${args.join(' ')} failed: ${r.stdout}`);
  }
}

const read = (dir: string, browser: 'chrome' | 'firefox') => JSON.parse(readFileSync(path.join(dir, `${browser}-mv3`, 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n)) : [path.join(dir, n)]));
}

beforeAll(() => {
  // The normal build goes beside the e2e build (<out>-plain), so `npm test` (plain .output) and parallel runs both work.
  buildPlain();
  if (!existsSync(path.join(OUTPUT_DIR, 'chrome-mv3/manifest.json')) || !existsSync(path.join(OUTPUT_DIR, 'firefox-mv3/manifest.json'))) buildForE2e();
}, 180_000);

describe.each([
  ['normal', () => PLAIN_DIR],
  ['e2e', () => OUTPUT_DIR],
] as const)('%s build', (variant, dir) => {
  describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
    const m = () => read(dir(), browser);

    it('is MV3 with the CSP exactly as intended and no sandbox pages', () => {
      expect(m().manifest_version).toBe(3);
      expect(m().content_security_policy).toEqual({ extension_pages: INTENDED_CSP });
      expect(m().sandbox).toBeUndefined();
    });

    it('makes nothing web-accessible and accepts no messages from web pages or other extensions', () => {
      const war = (m().web_accessible_resources ?? []).flatMap((w: { resources: string[] }) => w.resources);
      expect(war.filter((r: string) => !WEB_ACCESSIBLE_ALLOW_LIST.includes(r))).toEqual([]);
      expect(m().externally_connectable).toBeUndefined();
    });

    it('asks for exactly the intended permissions', () => {
      expect([...m().permissions].sort()).toEqual(INTENDED_PERMISSIONS);
      expect(m().optional_permissions).toBeUndefined();
      expect(m().optional_host_permissions).toEqual(INTENDED_OPTIONAL_HOSTS);
      // The content script is registered at run time for the origins the user granted.
      expect(m().content_scripts).toBeUndefined();
    });

    it(variant === 'normal' ? 'requires no host at install' : 'requires only the local test hosts', () => {
      if (variant === 'normal') expect(m().host_permissions).toBeUndefined();
      else expect(m().host_permissions).toEqual(E2E_HOSTS.split(','));
    });

    it('leaves private windows to the browser default (not split, no forced access)', () => {
      expect(m().incognito).toBeUndefined();
    });

    if (browser === 'firefox') {
      it('declares its data collection (none) and an add-on id', () => {
        expect(m().browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
        expect(m().browser_specific_settings?.gecko?.id).toMatch(/@/);
      });
    }

    it('loads code only from the package', () => {
      const root = path.join(dir(), `${browser}-mv3`);
      for (const f of files(root).filter((f) => f.endsWith('.html'))) {
        for (const src of readFileSync(f, 'utf8').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(src[1], f).toMatch(/^\/(?!\/)/);
        expect(readFileSync(f, 'utf8'), f).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // no inline script
      }
      for (const f of files(root).filter((f) => f.endsWith('.js'))) {
        const js = readFileSync(f, 'utf8');
        expect(js, f).not.toMatch(/\bimport\(\s*["'`]https?:/);
        expect(js, f).not.toMatch(/importScripts\(\s*["'`]https?:/);
        expect(js, f).not.toMatch(/\bnew Function\s*\(|[^.\w]eval\s*\(/);
      }
    });
  });
});
