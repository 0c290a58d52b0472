// The builds browser benches run against: each bench keeps its own output folder (QUBAO_OUT_DIR,
// see wxt.config.ts) and rebuilds it only when a source file is newer than the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../tests/e2e/support/paths';

function newestIn(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestIn(p));
    else if (!e.name.includes('.test.')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Modification time of the newest file that goes into a build (tests excluded). */
export function newestSourceTime(): number {
  const dirs = ['lib', 'entrypoints', 'components', 'public'].map((d) => newestIn(path.join(REPO_ROOT, d)));
  return Math.max(...dirs, statSync(path.join(REPO_ROOT, 'wxt.config.ts')).mtimeMs);
}

/** The Chromium build in `outDir` (relative to the repo), built with the e2e hosts unless one newer than every source is there. */
export function ensureChromeBuild(outDir: string): string {
  const extensionDir = path.join(REPO_ROOT, outDir, 'chrome-mv3');
  const manifest = path.join(extensionDir, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs > newestSourceTime()) return extensionDir;
  const r = spawnSync('npx', ['tsx', 'scripts/e2e-build.ts', 'chrome'], { cwd: REPO_ROOT, env: { ...process.env, QUBAO_OUT_DIR: outDir }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the extension into ${outDir} failed`);
  return extensionDir;
}
