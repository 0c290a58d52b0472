// @vitest-environment happy-dom
// The content script looks at a page only when the cheap prefilter (isCandidatePage over the live
// DOM) says so. Every newspaper HTML fixture, loaded into a real DOM, must pass it — a page the
// prefilter misses is never parsed, however good the parser is. Entry stubs (paperindex) are
// exempt: their target page is what gets captured.
import { describe, expect, it } from 'vitest';
import { isCandidatePage, liveDomProbe } from '../lib/detect';
import { decodeHtml } from '../lib/parse/charset';
import { loadFixtures } from './fixtures/load';

const pages = loadFixtures().filter((f) => f.format === 'html' && f.family !== 'negative' && f.family !== 'paperindex');

function liveDocument(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  doc.write(html);
  doc.close();
  return doc;
}

describe('content-script prefilter over the live DOM', () => {
  it('has newspaper pages to check', () => expect(pages.length).toBeGreaterThan(30));

  it.each(pages.map((f) => [f.name, f] as const))('lets %s through', (_name, f) => {
    const doc = liveDocument(decodeHtml(f.bytes));
    expect(isCandidatePage(f.url, liveDomProbe(doc))).toBe(true);
  });

  it('also lets a page through on markup alone when its URL says nothing', () => {
    const founder = pages.filter((f) => f.family === 'founder-classic');
    for (const f of founder) expect(isCandidatePage('https://news.example.org/a/b.html', liveDomProbe(liveDocument(decodeHtml(f.bytes)))), f.name).toBe(true);
  });
});

describe('content-script prefilter on ordinary pages', () => {
  const negatives = loadFixtures().filter((f) => f.format === 'html' && f.family === 'negative');
  it('passes over most non-newspaper pages (it is a cheap gate, not the detector)', () => {
    const passed = negatives.filter((f) => isCandidatePage(f.url, liveDomProbe(liveDocument(decodeHtml(f.bytes)))));
    // A few negatives are built to look like e-papers (content_N URLs, 第N版 mentions); the detector rejects those.
    expect(passed.length).toBeLessThan(negatives.length / 2);
  });
});
