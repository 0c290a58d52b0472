import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// IndexedDB commits a transaction as soon as its callback awaits something that is not a request
// of that transaction, so WASM (jieba), network and extension-API work must never be awaited
// inside `db.transaction(...)`: the writes after it would fail, or land in a transaction of their
// own. This is a shallow, textual guard over every transaction body in lib/ and the background:
// it catches the direct calls; helpers called from a body are checked where they are written.

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIRS = ['lib', 'entrypoints/background'];
const FORBIDDEN = [
  /\bfetch\(/,
  /\bparse(Page|WithWords|Safely)\(/,
  /\binitJieba\(/,
  /\bengine\(\)/,
  /\.cut\(/,
  /\bsegment(er)?\(/,
  /\bwordsForBatch\(/,
  /crypto\.subtle/,
  /\bbrowser\./,
  /\bsetTimeout\(/,
  /\bnew Promise\(/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.includes('test-support') ? [p] : [];
  });
}

/** The text of each `.transaction(` call up to its closing parenthesis. */
function transactionBodies(code: string): string[] {
  const out: string[] = [];
  const re = /\.transaction\(/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    let depth = 0;
    let i = m.index + m[0].length - 1;
    for (; i < code.length; i++) {
      const c = code[i];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    out.push(code.slice(m.index, i + 1));
  }
  return out;
}

describe('no WASM, network or extension-API work inside a Dexie transaction', () => {
  it('finds the bodies it checks (the guard is not empty)', () => {
    const bodies = transactionBodies('await db.transaction("rw", db.a, async () => { await f(g(1)); });\nx.transaction(a)');
    expect(bodies).toEqual(['.transaction("rw", db.a, async () => { await f(g(1)); })', '.transaction(a)']);
    expect(FORBIDDEN.some((re) => re.test('.transaction("rw", t, async () => { await parseWithWords(x) })'))).toBe(true);
  });

  it('holds in lib/ and entrypoints/background/', () => {
    const offenders: string[] = [];
    let checked = 0;
    for (const file of DIRS.flatMap((d) => sources(path.join(ROOT, d)))) {
      for (const body of transactionBodies(readFileSync(file, 'utf8'))) {
        checked += 1;
        const bad = FORBIDDEN.find((re) => re.test(body));
        if (bad) offenders.push(`${path.relative(ROOT, file)}: ${bad} in ${body.slice(0, 120)}`);
      }
    }
    expect(checked).toBeGreaterThan(8);
    expect(offenders).toEqual([]);
  });
});
