// Builds the extension for both browsers with the e2e hosts (QUBAO_E2E_HOSTS, see wxt.config.ts):
// the local demo origins become required host permissions, so the content script runs on the
// demo site without a permission prompt. Used by `npm run test:e2e` and `npm run demo`.
//   tsx scripts/e2e-build.ts [chrome|firefox ...]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_HOSTS, REPO_ROOT } from '../tests/e2e/support/paths';

export function buildForE2e(browsers: Array<'chrome' | 'firefox'> = ['chrome', 'firefox']): void {
  const wxt = path.join(REPO_ROOT, 'node_modules/.bin/wxt');
  for (const b of browsers) {
    const started = Date.now();
    const args = b === 'chrome' ? ['build'] : ['build', '-b', 'firefox'];
    const r = spawnSync(wxt, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, QUBAO_E2E_HOSTS: E2E_HOSTS },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      process.stdout.write(r.stdout ?? '');
      throw new Error(`wxt ${args.join(' ')} failed (exit ${r.status})`);
    }
    console.log(`built ${b} with e2e hosts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2).filter((a): a is 'chrome' | 'firefox' => a === 'chrome' || a === 'firefox');
  buildForE2e(wanted.length ? wanted : undefined);
}
