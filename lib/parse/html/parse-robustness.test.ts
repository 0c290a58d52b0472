// Property tests: parsePage must come back with a result, and without an internal error, for
// any input: random strings, our sample pages mutated (cut, tag soup, huge attributes, deep
// nesting) and random bytes through decodeHtml. parsePage catches throws into `error`, so the
// property checked is that `error` stays empty: the HTML parser itself never threw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../charset';
import { parsePage, type ParseResult } from '../index';
import { CLASSIC_LAYOUT, FOUNDER_ARTICLE } from './sample-pages';

const KINDS = ['article', 'layout', 'page-text', 'none'];
const URLS = [null, 'http://epaper.example.cn/html/2024-01/05/node_3.htm', 'http://epaper.example.cn/html/2024-01/05/content_101.htm', 'not a url'];

function wellFormed(r: ParseResult) {
  expect(r.error ?? null).toBeNull();
  expect(KINDS).toContain(r.kind);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(r.articles)).toBe(true);
  for (const a of r.articles) expect(typeof a.title).toBe('string');
}

const SOUP = ['<', '>', '</', '<!--', '-->', '<p>', '</div>', '<table>', '<td>', '<a href=', '"', "'", '<map name=pagepicmap>', '<area href=content_1.htm>',
  '<founder-content>', '<!--enpproperty <founder-pagenum>', '<!--<npm:article-title>-->', '<script>', '</script>', '&#x', '&nbsp', '第1版：', '本报讯（记者', '（下转第2版）', '\u0000', '\ufffd'];

const page = fc.constantFrom(CLASSIC_LAYOUT, FOUNDER_ARTICLE);
const url = fc.constantFrom(...URLS);

describe('parsePage on hostile input', () => {
  it('handles random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), url, (html, u) => wellFormed(parsePage({ url: u, html }))), { numRuns: 200 });
  });

  it('handles sample pages cut anywhere', () => {
    fc.assert(
      fc.property(page, fc.nat(), url, (p, at, u) => wellFormed(parsePage({ url: u, html: p.slice(0, at % (p.length + 1)) }))),
      { numRuns: 150 },
    );
  });

  it('handles tag soup spliced into sample pages', () => {
    const splice = fc.tuple(fc.nat(), fc.array(fc.constantFrom(...SOUP), { minLength: 1, maxLength: 12 }));
    fc.assert(
      fc.property(page, fc.array(splice, { maxLength: 8 }), url, (p, cuts, u) => {
        let html = p;
        for (const [at, bits] of cuts) {
          const i = at % (html.length + 1);
          html = html.slice(0, i) + bits.join('') + html.slice(i);
        }
        wellFormed(parsePage({ url: u, html }));
      }),
      { numRuns: 150 },
    );
  });

  it('handles huge attributes and deep nesting', () => {
    const huge = `<a id=pageLink href="node_${'9'.repeat(200_000)}.htm" title="${'标'.repeat(100_000)}">第1版：要闻</a>`;
    wellFormed(parsePage({ url: URLS[1]!, html: CLASSIC_LAYOUT.replace('<body>', `<body>${huge}`) }));
    const deep = '<div><table><tr><td>'.repeat(2000) + FOUNDER_ARTICLE + '</td></tr></table></div>'.repeat(2000);
    wellFormed(parsePage({ url: URLS[2]!, html: deep }));
  });

  it('handles random bytes through decodeHtml', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(undefined, 'text/html; charset=gbk', 'text/html; charset=utf-8', 'text/html; charset=nonsense'), (bytes, ct) => {
        const html = decodeHtml(bytes, ct);
        expect(typeof html).toBe('string');
        wellFormed(parsePage({ url: URLS[1]!, html }));
      }),
      { numRuns: 200 },
    );
  });

  it('still reads the unmutated pages (the properties above test real parsing paths)', () => {
    expect(parsePage({ url: URLS[1]!, html: CLASSIC_LAYOUT }).articles.length).toBeGreaterThan(1);
    expect(parsePage({ url: URLS[2]!, html: FOUNDER_ARTICLE }).articles[0]?.title).toBeTruthy();
  });
});
