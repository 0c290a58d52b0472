import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatEntry, t } from './i18n';

const load = (loc: string) => JSON.parse(readFileSync(resolve(__dirname, `../public/_locales/${loc}/messages.json`), 'utf8'));

describe('i18n', () => {
  it('falls back to the Chinese table with placeholders', () => {
    expect(t('statusSaved', '3')).toBe('已保存 3 篇');
  });

  it('formats Chrome-style placeholders', () => {
    expect(formatEntry({ message: 'a $X$ b', placeholders: { x: { content: '$1' } } }, ['1'])).toBe('a 1 b');
  });

  it('has the same keys and placeholders in every locale', () => {
    const zh = load('zh_CN');
    const en = load('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh)) expect(Object.keys(en[k].placeholders ?? {})).toEqual(Object.keys(zh[k].placeholders ?? {}));
  });
});
