import { describe, expect, it } from 'vitest';
import { attr, comments, innerText, parseHtml, resolveUrl, select, selectFirst, textLines, urlKey } from './dom';

describe('dom', () => {
  it('lowercases tags and attributes and decodes entities', () => {
    const doc = parseHtml('<DIV ID=Box CLASS="a">甲&nbsp;乙&amp;丙</DIV>');
    const div = selectFirst(doc, 'div#Box');
    expect(div?.name).toBe('div');
    expect(attr(div, 'CLASS')).toBe('a');
    expect(innerText(div)).toBe('甲\u00a0乙&丙');
  });

  it('selects repeated ids with attribute selectors and map names case-insensitively', () => {
    const doc = parseHtml('<a id=pageLink href=node_1.htm>1</a><a id=pageLink href=node_2.htm>2</a><MAP NAME="pagepicmap"><AREA href="content_1.htm"></MAP>');
    expect(select(doc, '[id=pageLink]').map((a) => attr(a, 'href'))).toEqual(['node_1.htm', 'node_2.htm']);
    expect(select(doc, 'map[name=PagePicMap i] area')).toHaveLength(1);
  });

  it('returns comma selectors in document order, and queries below an element', () => {
    const doc = parseHtml('<div class=a><p id=x>1</p></div><h1>2</h1><p class=b>3</p><div class=a><p>4</p></div>');
    expect(select(doc, 'p.b, h1, #x').map((e) => innerText(e))).toEqual(['1', '2', '3']);
    expect(select(doc, 'div.a p').map((e) => innerText(e))).toEqual(['1', '4']);
    const second = select(doc, 'div.a')[1]!;
    expect(select(second, 'p').map((e) => innerText(e))).toEqual(['4']);
    expect(selectFirst(doc, 'p[id]')?.attribs.id).toBe('x');
    expect(select(doc, '#missing, .missing')).toEqual([]);
  });

  it('matches nothing for a selector it cannot read instead of throwing', () => {
    expect(select(parseHtml('<p>x</p>'), 'p[[')).toEqual([]);
  });

  it('breaks lines at blocks and <br>, skips scripts, trims full-width indents', () => {
    const doc = parseHtml('<div><P>　　第一段<b>加粗</b>文字<br>换行</P><script>var x="脚本";</script><P>　　第二段</P><span>行内</span><span>相连</span></div>');
    expect(textLines(doc)).toEqual(['第一段加粗文字', '换行', '第二段', '行内相连']);
  });

  it('keeps comments, including those after </html>', () => {
    const doc = parseHtml('<html><body><!--<npm:article-title>-->题<!--</npm:article-title>--></body></html>\n<!--enpproperty <founder-pagenum>A01</founder-pagenum> /enpproperty-->');
    const cs = comments(doc);
    expect(cs[0]).toBe('<npm:article-title>');
    expect(cs.at(-1)).toContain('<founder-pagenum>A01</founder-pagenum>');
  });

  it('survives very deep nesting', () => {
    const html = '<div>'.repeat(20_000) + '深处' + '</div>'.repeat(20_000);
    expect(textLines(parseHtml(html))).toEqual(['深处']);
  });

  it('resolves links against the page and drops script links', () => {
    const page = 'http://www.example-epaper.cn/html/2024-01/05/node_2.htm';
    expect(resolveUrl('content_9.htm', page)).toBe('http://www.example-epaper.cn/html/2024-01/05/content_9.htm');
    expect(resolveUrl('../04/node_2.htm', page)).toBe('http://www.example-epaper.cn/html/2024-01/04/node_2.htm');
    expect(resolveUrl("javascript:alert('已经是最后一版')", page)).toBeNull();
    expect(resolveUrl('content_9.htm', null)).toBe('content_9.htm');
    expect(urlKey('http://x.cn/content_1.htm?div=1')).toBe(urlKey('http://x.cn/content_1.htm'));
  });
});
