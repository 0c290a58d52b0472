import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from './parse-html';
import { FOUNDER_ARTICLE } from './sample-pages';

const URL = 'http://epaper.example.cn/html/2024-01/05/content_101.htm';

const TABLE_WZ = FOUNDER_ARTICLE;

describe('Founder article template', () => {
  const r = parseHtmlPage({ url: URL, html: TABLE_WZ });
  const a = r.articles[0]!;

  it('reads headings from the npm comments', () => {
    expect(r.kind).toBe('article');
    expect([a.introTitle, a.title, a.subtitle]).toEqual(['老旧小区换新颜', '城南12个小区完成改造', '——惠及居民3000余户']);
  });

  it('moves credit paragraphs and caption credits into roles and out of the body', () => {
    expect(a.reporters).toEqual(['许多']);
    expect(a.correspondents).toEqual(['沈静']);
    expect(a.photographers).toEqual(['许多']);
    expect(a.body).not.toMatch(/记者|通讯员/);
  });

  it('takes the jump line out of the body and keeps page furniture out', () => {
    expect(a.continuedTo).toBe('3');
    expect(a.body).toBe('去年以来，城南街道对12个老旧小区实施改造，更换雨污管道，加装充电桩。');
    expect(a.images?.[0]).toEqual({ src: 'http://epaper.example.cn/images/2024-01/05/02/p1.jpg', caption: '改造后的小区广场。 本报记者 许多 摄' });
  });

  it('reads page facts', () => {
    expect(r).toMatchObject({ newspaper: { name: '某区报' }, date: '2024-01-05', page: { number: '2' }, editors: ['周一'] });
  });
});

describe("People's Daily pc template and web-CMS properties", () => {
  it('reads div.article headings and the p.sec byline and source line', () => {
    const html = `<div class="article"><h3>引题一行</h3><h1>河道治理见成效</h1><h2>副题一行</h2>
      <p class="sec">本报记者 王小川 李木 <span class="newstime">《某日报》（2024年01月05日 第 04 版）</span></p>
      <div id="ozoom"><!--enpcontent--><p>　　河道两岸新栽树木2万株。</p><p class="pictext">治理后的河道。</p><!--/enpcontent--></div></div>`;
    const r = parseHtmlPage({ url: 'http://paper.example.cn/pc/content/202401/05/content_9.html', html });
    const a = r.articles[0]!;
    expect(r.family).toBe('founder-pc');
    expect([a.introTitle, a.title, a.subtitle]).toEqual(['引题一行', '河道治理见成效', '副题一行']);
    expect(a.reporters).toEqual(['王小川', '李木']);
    expect(a.body).toContain('河道两岸新栽树木2万株。');
    expect(r).toMatchObject({ newspaper: { name: '某日报' }, date: '2024-01-05', page: { number: '04' } });
  });

  it('strips <p> from enpproperty titles', () => {
    const html = `<!--enpproperty <title><p>标题在属性里</p></title><introtitle><p>引题在属性里</p></introtitle> /enpproperty-->
      <founder-content><p>　　本报讯（记者 周正 通讯员 钱多）正文第一段。</p></founder-content>`;
    const r = parseHtmlPage({ url: 'http://epaper.example.cn/html/2024-01/05/content_7.htm', html });
    const a = r.articles[0]!;
    expect([a.introTitle, a.title]).toEqual(['引题在属性里', '标题在属性里']);
    expect([a.reporters, a.correspondents]).toEqual([['周正'], ['钱多']]);
    expect(a.body).toBe('正文第一段。');
  });
});

describe('pages that are not newspapers', () => {
  it('come out none with no articles', () => {
    const r = parseHtmlPage({ url: 'https://blog.example.com/2024/01/05/post.html', html: '<h1>我的周末</h1><p>今天去爬山了。</p>' });
    expect(r).toMatchObject({ kind: 'none', articles: [] });
  });
});
