import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from './parse-html';
import { CLASSIC_LAYOUT } from './sample-pages';

const URL = 'http://epaper.example.cn/html/2024-01/05/node_3.htm';

const CLASSIC = CLASSIC_LAYOUT;

describe('classic layout page', () => {
  const r = parseHtmlPage({ url: URL, html: CLASSIC });

  it('reads page facts from the property comment after </html>', () => {
    expect(r).toMatchObject({ kind: 'layout', family: 'founder-classic', date: '2024-01-05', newspaper: { name: '某区报' } });
    expect(r.page).toEqual({ number: '2', name: '区情' });
  });

  it('lists the image map articles with titles from the list, de-duplicated without the query', () => {
    expect(r.articles.map((a) => [a.title, a.url])).toEqual([
      ['老街改造完成过半', 'http://epaper.example.cn/html/2024-01/05/content_101.htm'],
      ['社区食堂开到家门口', 'http://epaper.example.cn/html/2024-01/05/content_102.htm'],
      ['', 'http://epaper.example.cn/html/2024-01/05/content_103.htm'],
    ]);
    expect(r.articles.every((a) => a.body === '')).toBe(true);
  });

  it('skips 责编 entries and links to other pages', () => {
    const titles = r.articles.map((a) => a.title).join();
    expect(titles).not.toContain('责编');
    expect(titles).not.toContain('别的版面');
  });

  it('reads every [id=pageLink] with its PDF, the current PDF and prev/next links', () => {
    expect(r.pages?.map((p) => [p.number, p.name])).toEqual([['1', '要闻'], ['2', '区情'], ['3', '民生']]);
    expect(r.pages?.[0]?.pdfUrl).toBe('http://epaper.example.cn/html/1/2024-01/05/1/p1.pdf');
    expect(r.pdfUrl).toBe('http://epaper.example.cn/html/1/2024-01/05/2/p2.pdf');
    expect(r.nextPageUrl).toBe('http://epaper.example.cn/html/2024-01/05/node_4.htm');
    expect(r.prevPageUrl).toBe('http://epaper.example.cn/html/2024-01/05/node_2.htm');
    expect(r.prevIssueUrl).toBe('http://epaper.example.cn/html/2024-01/04/node_2.htm');
  });
});

describe('cnepaper and main-ed layouts', () => {
  it('ignores javascript:alert at the end of the paper and reads the article list', () => {
    const html = `<table id=bmdhTable><tr class=bmdh_tr><td class=default><a class=rigth_bmdh_href href=node_1.htm>第01版：要闻</a></td></tr>
      <tr class=bmdh_tr><td class=default><a class=rigth_bmdh_href href=node_2.htm>第02版：专版</a></td></tr></table>
      <td id=currentBM><strong>第02版：专版</strong></td>
      <a id=ed_pre href=node_1.htm>上一版</a><a id=ed_next href="javascript:alert('已经是最后一版')">下一版</a>
      <table><tr class=wzlb_tr><td class=default><div><a href=content_2_1.htm>文化馆里过大年</a></div></td></tr></table>`;
    const r = parseHtmlPage({ url: 'http://www.cnepaper.com/abc/html/2024-01/05/node_2.htm', html });
    expect(r).toMatchObject({ kind: 'layout', family: 'cnepaper', page: { number: '02', name: '专版' } });
    expect(r.nextPageUrl).toBeNull();
    expect(r.prevPageUrl).toBe('http://www.cnepaper.com/abc/html/2024-01/05/node_1.htm');
    expect(r.articles.map((a) => a.title)).toEqual(['文化馆里过大年']);
  });

  it('keeps map areas that the visible list hides, titled from the area', () => {
    const html = `<ul class="main-ed-articlenav-list"><li><a href="content_5_1.htm">区里新开三条公交线</a></li></ul>
      <div class="main-ed-map"><map name="PagePicMap"><area href="content_5_1.htm" coords="0,0,1,1"><area href="content_5_2.htm" title="图片新闻" coords="0,0,1,1"></map></div>`;
    const r = parseHtmlPage({ url: 'http://www.example.cn/html/2024-01/05/node_1.htm', html });
    expect(r.family).toBe('main-ed');
    expect(r.articles.map((a) => a.title)).toEqual(['区里新开三条公交线', '图片新闻']);
  });
});

describe('templates with their own article URL shapes', () => {
  it('trusts image-map areas and template lists whatever the href looks like', () => {
    const html = `<div class="nav-list"><ul><li><a href="l01.html">01版：要闻</a></li><li><a href="l02.html">02版：综合</a></li></ul></div>
      <div class="paper_rect"><map name="m"><area href="c01_1.html" coords="0,0,1,1"><area href="c01_2.html" coords="0,0,1,1"></map></div>
      <div class="news-list"><ul><li><a href="c01_1.html">山里通了公交车</a></li><li><a href="c01_2.html">茶园迎来采摘季</a></li></ul></div>
      <div class="footer"><a href="/about.html">关于我们</a></div>`;
    const r = parseHtmlPage({ url: 'http://www.example.cn/szb/pc/202401/05/l01.html', html });
    expect(r.kind).toBe('layout');
    expect(r.articles.map((a) => a.title)).toEqual(['山里通了公交车', '茶园迎来采摘季']);
    expect(r.pages?.map((p) => p.number)).toEqual(['01', '02']);
  });
});

describe('SVG hotspots', () => {
  it('become articles at con-{id}.html beside the page', () => {
    const html = `<svg><polygon class="area" points="1,1 2,2 3,3" title="电网迎峰度夏" data-pageid="1" data-contentid="746458"></polygon>
      <polygon class="area" points="1,1 2,2 3,3" title="电网迎峰度夏" data-pageid="1" data-contentid="746458"></polygon>
      <polygon class="area" points="4,4 5,5 6,6" title="新能源并网" data-pageid="1" data-contentid="746459"></polygon></svg>
      <div>第1版：要闻</div><a href="#page=2">下一版</a>`;
    const r = parseHtmlPage({ url: 'http://epaper.example.cn/202401/05/', html });
    expect(r.kind).toBe('layout');
    expect(r.articles.map((a) => [a.title, a.url])).toEqual([
      ['电网迎峰度夏', 'http://epaper.example.cn/202401/05/con-746458.html'],
      ['新能源并网', 'http://epaper.example.cn/202401/05/con-746459.html'],
    ]);
  });
});

describe('paperindex stubs', () => {
  it('are kind none with the redirect target', () => {
    const html = '<html><head><META HTTP-EQUIV="REFRESH" CONTENT="0; URL=html/2024-01/05/node_2.htm"></head></html>';
    const r = parseHtmlPage({ url: 'http://epaper.example.cn/paperindex.htm', html });
    expect(r).toMatchObject({ kind: 'none', family: 'paperindex', redirectUrl: 'http://epaper.example.cn/html/2024-01/05/node_2.htm' });
    expect(r.reasons.length).toBeGreaterThan(0);
  });
});
