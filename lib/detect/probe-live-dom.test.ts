// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse/dom';
import { isCandidatePage } from './candidate';
import { detectPage } from './detect-page';
import { htmlProbe } from './probe-html';
import { liveDomProbe } from './probe-live-dom';

const PAGE = `<!DOCTYPE html><html><head><title>某区报</title></head><body>
<script>var x = '脚本不是正文';</script>
<a id=pageLink href=node_2.htm>第1版：要闻</a><a id=pageLink href=node_3.htm>第2版：区情</a>
<map name="PagePicMap"><area shape=polygon coords="1,1,2,2,3,3" href="content_5.htm"></map>
<div><p>版面导航</p><p>下一版</p></div></body></html>
<!--enpproperty <founder-pagenum>1</founder-pagenum><founder-type>2</founder-type> /enpproperty-->`;

function liveDocument(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('liveDomProbe', () => {
  it('sees the same signals as the htmlparser2 probe, including the comment after </html>', () => {
    const live = liveDomProbe(liveDocument(PAGE));
    const tree = htmlProbe(parseHtml(PAGE));
    for (const sel of ['[id=pageLink]', 'map area[href*="content_"]', 'founder-content']) expect(live.has(sel)).toBe(tree.has(sel));
    expect(live.comments().some((c) => c.includes('<founder-type>2'))).toBe(true);
    expect(live.title()).toBe('某区报');
    expect(live.text(1000)).toContain('版面导航');
    expect(live.text(1000)).not.toContain('脚本');
    expect(live.text(5).length).toBeLessThanOrEqual(5);
  });

  it('backs the cheap candidate prefilter on a live page', () => {
    expect(isCandidatePage('https://www.example.com/a', liveDomProbe(liveDocument(PAGE)))).toBe(true);
    expect(isCandidatePage('https://www.example.com/a', liveDomProbe(liveDocument('<p>普通网页</p>')))).toBe(false);
  });

  it('answers false for selectors the DOM cannot parse', () => {
    expect(liveDomProbe(liveDocument('<p>x</p>')).has('p[[')).toBe(false);
  });

  it('gives detectPage the same verdict as the parser side', () => {
    const live = detectPage({ url: null, probe: liveDomProbe(liveDocument(PAGE)) });
    const tree = detectPage({ url: null, probe: htmlProbe(parseHtml(PAGE)) });
    expect(live.kind).toBe('layout');
    expect(live.kind).toBe(tree.kind);
    expect(live.family).toBe(tree.family);
  });
});
