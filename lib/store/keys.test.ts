// The key registry is the only place that spells storage names (Bitwarden's one registry): a
// settings key written as a string literal elsewhere can drift from the one a migration, backup
// or test uses. This scans the shipped sources for the ways a settings key is spelled.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from './keys';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

// settings.get('x'), settings.put({ key: 'x' …}), settings.delete('x')
const LITERAL_SETTINGS_KEY = /settings\.(?:get|delete)\(\s*['"`]|settings\.(?:put|add)\(\s*\{\s*key:\s*['"`]/;

describe('storage key registry', () => {
  it('no shipped source spells a settings key outside lib/store/keys.ts', () => {
    const offenders = ['lib', 'entrypoints', 'components']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .filter((f) => !f.endsWith(path.join('store', 'keys.ts')))
      .filter((f) => LITERAL_SETTINGS_KEY.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the pattern catches a literal key (so the scan above can fail)', () => {
    expect(LITERAL_SETTINGS_KEY.test(`await db.settings.get('follow.settings')`)).toBe(true);
    expect(LITERAL_SETTINGS_KEY.test(`db.settings.put({ key: 'x', value: 1 })`)).toBe(true);
    expect(LITERAL_SETTINGS_KEY.test(`db.settings.get(SETTINGS.followPreferences)`)).toBe(false);
  });

  it('settings keys are distinct', () => {
    const values = Object.values(SETTINGS);
    expect(new Set(values).size).toBe(values.length);
  });
});
