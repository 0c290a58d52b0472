// Properties of the page-text parser (parsePage with `text`), with the real jieba engine: for
// pages built from written stories and then shuffled, cut, spaced and salted with junk lines,
// - it never reports an internal error and always returns the contract's shapes;
// - it never invents text: every Han character in the result's titles, bylines and bodies occurs
//   in the input at least as many times (the parser may drop furniture, never add words).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, type ParseResult, type Segmenter } from '../../lib/parse/index';
import { nodeTextEngine } from '../../lib/text/engine-node';
import { pageText, stories } from '../hostile/page-shapes';
import { checkResult } from '../hostile/pipeline';

let segmenter: Segmenter;
beforeAll(() => {
  const engine = nodeTextEngine();
  segmenter = { cut: (t, hmm) => engine.cut(t, hmm) };
});

function hanCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) if (/\p{Script=Han}/u.test(ch)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

function outputText(r: ParseResult): string {
  return r.articles.map((a) => [a.introTitle, a.title, a.subtitle, a.body, ...a.reporters, ...a.correspondents, ...a.photographers].filter(Boolean).join('\n')).join('\n');
}

const JUNK = ['', '责任编辑 陈一', '扫二维码 了解详情', '（上接第1版）', '■', '本报讯', '记者 张明 摄', '第3版', '2024年1月5日', '遗失声明', '\u200b', '　　'];

/** A page's lines after the damage a text layer does: reordered blocks, cuts, spaces between characters, junk lines. */
const damagedPage = fc
  .record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    count: fc.integer({ min: 0, max: 6 }),
    moves: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    junk: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JUNK)), { maxLength: 6 }),
    spaced: fc.boolean(),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(({ seed, count, moves, junk, spaced, cut }) => {
    const lines = pageText(stories(seed, count, 2)).split('\n');
    for (const [from, to] of moves) lines.splice(to % (lines.length + 1), 0, ...lines.splice(from % lines.length, 1));
    for (const [at, line] of junk) lines.splice(at % (lines.length + 1), 0, line);
    let text = lines.join('\n');
    if (spaced) text = text.replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1 ');
    return cut === undefined ? text : text.slice(0, Math.floor(text.length * cut));
  });

describe('page-text parser properties', () => {
  it('returns a well-formed result without an internal error and never invents text', () => {
    fc.assert(
      fc.property(damagedPage, fc.constantFrom(null, 'http://epaper.example.cn/text/2024-01/05/page_3.txt'), (text, url) => {
        const r = parsePage({ url, text }, { segmenter });
        expect(checkResult(r)).toBeNull();
        expect(r.error ?? null).toBeNull();
        const have = hanCounts(text);
        for (const [ch, n] of hanCounts(outputText(r))) expect(n, `${ch} appears more often than in the input`).toBeLessThanOrEqual(have.get(ch) ?? 0);
      }),
      { numRuns: 120 },
    );
  });

  it('reads the undamaged pages (the property above runs through real segmentation)', () => {
    const r = parsePage({ url: null, text: pageText(stories(5, 4, 3)) }, { segmenter });
    expect(r.kind).toBe('page-text');
    expect(r.articles.length).toBeGreaterThanOrEqual(3);
  });
});
