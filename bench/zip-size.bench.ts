// Store package sizes: `wxt zip` for Chrome and Firefox into .output-bench-zip (rebuilt when a
// source is newer than the zips), then the zip's bytes and its largest file. Limits: Firefox's
// add-on linter flags any file over 5 MB (jieba's WASM with the gazetteer is the candidate);
// addons.mozilla.org takes packages up to 200 MB and the Chrome Web Store up to 2 GB.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestSourceTime } from './browser-build';
import type { BrowserFigure, FigureBench } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.QUBAO_ZIP_BENCH_OUT_DIR ?? '.output-bench-zip';
const FILE_LIMIT = 5 * 1024 * 1024;
const STORE_LIMITS = { chrome: 2 * 1024 ** 3, firefox: 200 * 1024 ** 2 };

/** Path of the browser's zip, zipping first when missing or older than the sources. */
function ensureZip(browser: 'chrome' | 'firefox'): string {
  const dir = path.join(ROOT, OUT);
  const find = () => (existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith(`-${browser}.zip`)) : undefined);
  const sources = newestSourceTime();
  const existing = find();
  if (!existing || statSync(path.join(dir, existing)).mtimeMs < sources) {
    const args = browser === 'chrome' ? ['zip'] : ['zip', '-b', 'firefox'];
    const r = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), args, { cwd: ROOT, env: { ...process.env, QUBAO_OUT_DIR: OUT }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`wxt ${args.join(' ')} failed: ${(r.stderr || r.stdout).slice(-500)}`);
  }
  const zip = find();
  if (!zip) throw new Error(`wxt zip wrote no ${browser} zip into ${OUT}`);
  return path.join(dir, zip);
}

/** Entries of a zip (name, uncompressed size) from its central directory. */
export function zipEntries(bytes: Uint8Array): { name: string; size: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip (no end of central directory)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: { name: string; size: number }[] = [];
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory entry');
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    out.push({ name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen)), size });
    at += 46 + nameLen + extra + comment;
  }
  return out;
}

function zipFigures(browser: 'chrome' | 'firefox'): BrowserFigure[] {
  const file = ensureZip(browser);
  const bytes = new Uint8Array(readFileSync(file));
  const largest = zipEntries(bytes).sort((a, b) => b.size - a.size)[0]!;
  const mb = (n: number) => `${Math.round(n / 1024 ** 2)} MB`;
  return [
    { name: `zip size, ${browser}`, value: bytes.length, unit: 'bytes', target: `< ${browser === 'chrome' ? '2 GB (Chrome Web Store)' : `${mb(STORE_LIMITS.firefox)} (addons.mozilla.org)`}`, ok: bytes.length < STORE_LIMITS[browser] },
    { name: `largest file in the ${browser} zip (${largest.name})`, value: largest.size, unit: 'bytes', target: '< 5 MB per file (Firefox add-on linter)', ok: largest.size < FILE_LIMIT },
  ];
}

export const figures: FigureBench[] = [
  { name: 'zip size, chrome', run: () => zipFigures('chrome') },
  { name: 'zip size, firefox', run: () => zipFigures('firefox') },
];

export default [];
