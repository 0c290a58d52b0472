// @vitest-environment happy-dom
// The content script's side of hostile pages: a live document that page scripts rewrite after
// load (the article swapped, 10,000-deep nesting appended, the title or <body> removed, comments
// after </html>, the whole document replaced). After each rewrite the content script's steps run
// as they do on a real page: the candidate prefilter over the live DOM (entrypoints/content/
// detection.ts), detection through the live-DOM probe (lib/detect/probe-live-dom.ts), the
// serialisation it sends (entrypoints/content/serialize.ts), and the background's parsePage.
import { describe, expect, it } from 'vitest';
import { isCandidate } from '../../entrypoints/content/detection';
import { serializeDocument } from '../../entrypoints/content/serialize';
import { detectPage } from '../../lib/detect/detect-page';
import { liveDomProbe } from '../../lib/detect/probe-live-dom';
import { parsePage } from '../../lib/parse/index';
import { hostilePages } from './hostile-pages';
import { ARTICLE_URL, founderArticle, founderLayout, story } from './page-shapes';
import { checkResult } from './pipeline';

type Rewrite = (doc: Document) => void;

const REWRITES: Record<string, Rewrite> = {
  'nothing changes': () => {},
  'the article is swapped for another': (doc) => {
    doc.body.innerHTML = new DOMParser().parseFromString(founderArticle(story(77)), 'text/html').body.innerHTML;
  },
  '10,000-deep nesting is appended': (doc) => {
    let node: Element = doc.body;
    for (let i = 0; i < 10_000; i++) node = node.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    node.textContent = '深处的一段话。';
  },
  'the title and <head> are removed': (doc) => doc.head?.remove(),
  '<body> is removed': (doc) => doc.body?.remove(),
  'the document element is removed': (doc) => doc.documentElement?.remove(),
  'comments are added after </html>': (doc) => {
    for (let i = 0; i < 50; i++) doc.appendChild(doc.createComment(`enpproperty <founder-pagenum>${i}</founder-pagenum> --><script>alert(1)</script>`));
  },
  'the 版面 list is replaced by 500 links': (doc) => {
    doc.body.innerHTML = new DOMParser().parseFromString(founderLayout(500), 'text/html').body.innerHTML;
  },
  'text nodes get zero-width and lone surrogate characters': (doc) => {
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) n.nodeValue = Array.from(n.nodeValue ?? '').join('\u200b\ud800');
  },
  'a 2 MB text node is added': (doc) => {
    doc.body.appendChild(doc.createTextNode('区里召开会议'.repeat(350_000)));
  },
};

// happy-dom's outerHTML recurses per level and overflows at 10,000 (Chromium's serialiser does
// not); the background's parse of 10,000-deep HTML is covered by the pipeline suite's deep/ pages.
const HAPPY_DOM_CANNOT_SERIALIZE = new Set(['10,000-deep nesting is appended']);

function loadPage(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  doc.write(html);
  doc.close();
  return doc;
}

describe('content-script steps on a live document rewritten after load', () => {
  const pages = hostilePages().filter((p) => !p.big && p.category !== 'charset' && p.category !== 'page-text').filter((_, i) => i % 6 === 0);

  for (const [label, rewrite] of Object.entries(REWRITES)) {
    it(`keeps going when ${label}`, () => {
      for (const html of [founderArticle(story(5)), founderLayout(12), ...pages.slice(0, 6).map((p) => p.build().html ?? '')]) {
        const doc = loadPage(html);
        rewrite(doc);
        const probe = liveDomProbe(doc);
        expect(typeof isCandidate(ARTICLE_URL, doc)).toBe('boolean');
        const detection = detectPage({ url: ARTICLE_URL, probe });
        expect(['article', 'layout', 'page-text', 'none']).toContain(detection.kind);
        expect(probe.text(12_000).length).toBeLessThanOrEqual(12_000);
        if (HAPPY_DOM_CANNOT_SERIALIZE.has(label)) continue;
        const sent = serializeDocument(doc);
        const r = parsePage({ url: ARTICLE_URL, html: sent });
        expect(checkResult(r)).toBeNull();
        expect(r.error ?? null).toBeNull();
      }
    }, 120_000);
  }

  it('reads the text at the bottom of 10,000-deep nesting (the live probe walks without recursion)', () => {
    const doc = loadPage(founderArticle(story(5)));
    REWRITES['10,000-deep nesting is appended']!(doc);
    expect(liveDomProbe(doc).text(100_000)).toContain('深处的一段话。');
  });

  it('still reads the swapped article (the rewrite reached what the content script sends)', () => {
    const doc = loadPage(founderArticle(story(5)));
    REWRITES['the article is swapped for another']!(doc);
    const r = parsePage({ url: ARTICLE_URL, html: serializeDocument(doc) });
    expect(r.articles[0]?.title).toBe(story(77).title);
  });

  it('probes every generated ordinary HTML page as a live document', () => {
    for (const p of pages) {
      const html = p.build().html ?? '';
      const doc = loadPage(html);
      const d = detectPage({ url: p.url, probe: liveDomProbe(doc) });
      expect(['article', 'layout', 'page-text', 'none'], p.name).toContain(d.kind);
      expect(checkResult(parsePage({ url: p.url, html: serializeDocument(doc) })), p.name).toBeNull();
    }
  }, 120_000);
});
