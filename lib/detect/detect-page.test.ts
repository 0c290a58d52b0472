import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse/dom';
import { detectPage, FAMILY_RULES, htmlProbe, isCandidatePage } from './index';

const detect = (html: string, url: string | null = null) => detectPage({ url, probe: htmlProbe(parseHtml(html)) });

const CLASSIC_LAYOUT = `<html><body><MAP NAME="pagepicmap"><Area coords="1,1,9,1,9,9,1,9" shape="polygon" href="content_7.htm"></MAP>
<a class=preart href="node_3.htm">下一版</a><a id=pageLink href=node_2.htm>第1版：要闻</a><a id=pageLink href=node_3.htm>第2版：区情</a>
<a href=content_7.htm><div id=mp7>新区建成三座口袋公园</div></a></body></html>
<!--enpproperty <founder-date>2024-01-05 23:59:59</founder-date><founder-pagenum>1</founder-pagenum><founder-type>2</founder-type> /enpproperty-->`;

const CLASSIC_ARTICLE = `<html><body><table class=wz><tr><td class=font01><founder-title>河畔步道贯通</founder-title></td></tr></table>
<div id=ozoom><founder-content><P>　　本报讯（记者 王小明）昨天，河畔步道全线贯通。</P></founder-content></div></body></html>`;

const PORTAL_ARTICLE = `<html><head><title>某市新闻网</title></head><body><div class="nav">首页 | 国内 | 国际</div>
<h1>某市召开座谈会</h1><!--enpcontent--><p>本报讯 日前，某市召开座谈会。</p><!--/enpcontent-->
<!--enpproperty <title>某市召开座谈会</title><author>张三</author> /enpproperty--></body></html>`;

describe('detectPage', () => {
  it('finds a classic Founder layout page from markup and URL', () => {
    const d = detect(CLASSIC_LAYOUT, 'http://epaper.example.cn/html/2024-01/05/node_2.htm');
    expect(d.kind).toBe('layout');
    expect(d.family).toBe('founder-classic');
    expect(d.confidence).toBeGreaterThan(0.9);
    expect(d.reasons.join()).toContain('node_N.htm');
  });

  it('finds a layout page from markup alone (the enpproperty after </html> counts)', () => {
    const d = detect(CLASSIC_LAYOUT);
    expect(d.kind).toBe('layout');
    expect(d.reasons.join()).toContain('founder-type 2');
  });

  it('finds an article page without a URL', () => {
    const d = detect(CLASSIC_ARTICLE);
    expect(d.kind).toBe('article');
    expect(d.family).toBe('founder-classic');
  });

  it('keeps a portal article with 本报讯 and a /content/ URL out', () => {
    const d = detect(PORTAL_ARTICLE, 'http://www.example.gov.cn/content/2024-01/05/content_123.htm');
    expect(d.kind).toBe('none');
    expect(d.family).toBeNull();
  });

  it('takes a page of a lesser template with a masthead, and not a paper portal with the same header', () => {
    const head = '<div>某日报 2024年05月08日 星期三</div>';
    const article = `${head}<div id="doctitle">边境小镇开通直达班车</div><div id="doccontent"><p>本报讯（记者 和晓）班车正式开通。</p></div>`;
    expect(detect(article, 'http://zwb.example.cn/Html/2024-05-08/Qpaper_1_2.html').kind).toBe('article');
    const portal = `${head}<h1>某市召开座谈会</h1><div class="text"><p>本报讯 日前，某市召开座谈会。</p></div>`;
    expect(detect(portal, 'http://www.example.com.cn/content/2024-05/08/content_123.htm').kind).toBe('none');
  });

  it('names the §1.5 families from their own markup, without a URL', () => {
    const svg = `<svg><polygon class="area" points="1,1 9,1 9,9" title="电网春检展开" data-pageid="1" data-contentid="7461"></polygon>
      <polygon class="area" points="1,1 9,1 9,9" title="供电所上门服务" data-pageid="1" data-contentid="7462"></polygon></svg><p>第1版 要闻</p>`;
    expect(detect(svg, 'http://epaper.example.cn/202405/08/')).toMatchObject({ kind: 'layout', family: 'svg-area' });
    const qpaper = `<span class="banming2">第01版：要闻</span><div id="bancilist"><ul><li><a href="Qpaper.html">第01版：要闻</a></li></ul></div>
      <div class="paper_rect"><map name="m"><area href="Qpaper_1_1.html"></map></div><a href="Qpaper_2.html">下一版</a>`;
    expect(detect(qpaper)).toMatchObject({ kind: 'layout', family: 'qpaper' });
    const navList = `<div class="tabs"><h3>第02版：综合</h3></div><div class="nav-list"><ul><li><a href="l01.html">第01版：要闻</a></li></ul></div>
      <div class="news-list"><ul><li><a href="c1.html">新闻一</a></li></ul></div><a class="b-btn" href="l03.html">下一版</a>`;
    expect(detect(navList, 'http://www.example.com.cn/szb/pc/202405/08/l02.html')).toMatchObject({ kind: 'layout', family: 'nav-list' });
  });

  it('lets the address decide between article and layout when both have evidence', () => {
    const withNav = `<a id=pageLink href=node_1.htm>第1版：要闻</a><a id=pageLink href=node_2.htm>第2版：区情</a><a class=preart href=node_2.htm>下一版</a>
      <map name=pagepicmap><area href="content_7.htm"><area href="content_8.htm"></map><p>版面导航</p>
      <div id=ozoom><founder-content><p>本报讯 区里新开三条公交线。</p></founder-content></div>`;
    expect(detect(withNav, 'http://epaper.example.cn/html/2024-01/05/content_7.htm').kind).toBe('article');
    expect(detect(withNav, 'http://epaper.example.cn/html/2024-01/05/node_1.htm').kind).toBe('layout');
  });

  it('does not take a URL shape alone as proof', () => {
    expect(detect('<html><body><p>页面不存在</p></body></html>', 'http://www.example.cn/html/2024-01/05/content_9.htm').kind).toBe('none');
  });

  it('treats a paperindex stub as none with the paperindex family', () => {
    const stub = '<html><head><META HTTP-EQUIV="REFRESH" CONTENT="0; URL=html/2024-01/05/node_2.htm"></head><body></body></html>';
    const d = detect(stub, 'http://epaper.example.cn/paperindex.htm');
    expect(d).toMatchObject({ kind: 'none', family: 'paperindex' });
    expect(detect(stub).family).toBe('paperindex');
  });

  it('tells cnepaper apart from classic Founder on the same URL shape', () => {
    const html = `<table id=bmdhTable><tr class=bmdh_tr><td class=default><a class=rigth_bmdh_href href=node_2.htm>第01版：要闻</a></td></tr></table>
      <a id=ed_next href="javascript:alert('已经是最后一版')">下一版</a><div id=main-ed-map><map name=pagepicmap><area href="content_1_2.htm"></map></div>`;
    const d = detect(html, 'http://www.cnepaper.com/abc/html/2024-01/05/node_2.htm');
    expect(d).toMatchObject({ kind: 'layout', family: 'cnepaper' });
  });

  it('reads text input with the source line as a newspaper article', () => {
    const d = detectPage({ url: null, probe: null, text: '标题\n本报记者 李四\n正文一段。\n《某区报》（2024年01月05日 第 02 版）' });
    expect(d.kind).toBe('article');
    expect(detectPage({ url: null, probe: null, text: '今天天气很好。' }).kind).toBe('none');
  });

  it('FAMILY_RULES has one rule per family, each claiming only its own pages', () => {
    const ids = FAMILY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const input = { url: 'http://epaper.example.cn/html/2024-01/05/node_2.htm', probe: htmlProbe(parseHtml(CLASSIC_LAYOUT)) };
    expect(FAMILY_RULES.filter((r) => r.matches(input)).map((r) => r.id)).toEqual(['founder-classic']);
    const portal = { url: null, probe: htmlProbe(parseHtml(PORTAL_ARTICLE)) };
    expect(FAMILY_RULES.filter((r) => r.matches(portal))).toEqual([]);
  });
});

describe('isCandidatePage', () => {
  it('passes e-paper URLs and pages with e-paper markup, not ordinary pages', () => {
    expect(isCandidatePage('http://www.example.cn/pc/layout/202401/05/node_01.html', null)).toBe(true);
    expect(isCandidatePage('https://szb.example.cn/', null)).toBe(true);
    expect(isCandidatePage('https://blog.example.com/post/1', htmlProbe(parseHtml('<p>博客</p>')))).toBe(false);
    expect(isCandidatePage('https://www.example.com/a', htmlProbe(parseHtml(CLASSIC_ARTICLE)))).toBe(true);
  });
});
