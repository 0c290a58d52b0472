import { describe, expect, it } from 'vitest';
import { parseHtml, textLines } from '../dom';
import { isMastheadLine, isPaperName, paperFromTitle, readDate, readNewspaper, readPage, type MetaSources } from './page-meta';

function meta(html: string, url: string | null = null, props: Record<string, string> = {}): MetaSources {
  const doc = parseHtml(html);
  return { doc, url, props, lines: textLines(doc), source: null };
}

describe('page meta', () => {
  it('finds the paper in a <title>, skipping the article title', () => {
    expect(paperFromTitle('打造新型传媒集团·某某日报社数字报')).toBe('某某日报');
    expect(paperFromTitle('区里新开三条公交线 - 某区报', '区里新开三条公交线')).toBe('某区报');
    expect(paperFromTitle('新闻中心首页')).toBeNull();
    expect(isPaperName('某某日报')).toBe(true);
    expect(isPaperName('区里新开三条公交线')).toBe(false);
    expect(isPaperName('年度工作情况通报')).toBe(false);
  });

  it('prefers the registry district when the printed name agrees, and names from credits last', () => {
    expect(readNewspaper(meta('<p>x</p>', 'http://xsrb.xsnet.cn/html/2024-03/18/content_1_2.htm'))).toEqual({ name: '萧山日报', district: '浙江省杭州市萧山区' });
    expect(readNewspaper(meta('<p>■ 某某日报全媒体记者 张三</p>'))?.name).toBe('某某日报');
    expect(readNewspaper(meta('<p>来源：金河工人报 2024-05-08 字数：612</p>'))?.name).toBe('金河工人报');
  });

  it('reads the date from properties, URL, date elements and masthead lines, in that order', () => {
    expect(readDate(meta('<p>x</p>', 'http://a.cn/html/2024-01/05/node_2.htm', { 'founder-date': '2023-12-31 23:59:59' }))).toBe('2023-12-31');
    expect(readDate(meta('<span id=date>2026年06月18日</span>', 'http://a.cn/x.html'))).toBe('2026-06-18');
    expect(readDate(meta('<div>某区报 2024年01月05日 第2版：综合</div>'))).toBe('2024-01-05');
    expect(readDate(meta('<p>会议定于2024年3月1日召开。</p>'))).toBeNull();
    expect(isMastheadLine('2017年7月22日　星期六')).toBe(true);
  });

  it('reads the page from properties, label elements, the URL and dated label lines', () => {
    expect(readPage(meta('<td class=px12>第A01版：<strong>头版</strong></td>', null, { 'founder-pagenum': 'A01' }))).toEqual({ number: 'A01', name: '头版' });
    expect(readPage(meta('<span class="bm-name">(02) 综合</span>'))).toEqual({ number: '02', name: '综合' });
    expect(readPage(meta('<p>x</p>', 'https://a.cn/pc/layout/202403/15/node_A01.html'))?.number).toBe('A01');
    expect(readPage(meta('<p>2024-05-08　第01版：要闻</p>'))).toEqual({ number: '01', name: '要闻' });
    // a link in the label cell is navigation, not the page's name
    expect(readPage(meta('<td class=px12>第1版：要闻　<a href=node_2.htm>返回本版</a></td>'))).toEqual({ number: '1', name: '要闻' });
    expect(readPage(meta('<td class=px12><a href=node_2.htm>第2版：综合</a></td>'))).toEqual({ number: '2', name: '综合' });
  });
});

describe('page meta of §1.5 platforms', () => {
  it('takes the paper over a reading app named X数字报', () => {
    expect(paperFromTitle('某城晚报-某城派数字报')).toBe('某城晚报');
    expect(paperFromTitle('某某日报数字报')).toBe('某某日报');
  });
  it('reads an article page’s page from the marked entry of its page list, never from the list’s first entry', () => {
    const marked = '<div class="nav-list"><ul><li><a href="l01.html">第01版：要闻</a></li><li class="active"><a href="l03.html">第03版：社区</a></li></ul></div>';
    expect(readPage(meta(marked))).toEqual({ number: '03', name: '社区' });
    const onLink = '<div class="dzb-enter-mulu-wrap-nav"><a href="1.html">第1版：要闻</a><a href="3.html" class="cur">第3版：社区</a></div>';
    expect(readPage(meta(onLink))).toEqual({ number: '3', name: '社区' });
    const unmarked = '<div id="catalog"><ul><li><a href="node_1.htm">第A01版：头版</a></li><li><a href="node_3.htm">第A03版：城事</a></li></ul></div>';
    expect(readPage(meta(unmarked))).toBeNull();
    expect(readPage(meta(`${unmarked}<p>某报 2024年5月8日 第A03版：城事</p>`))).toEqual({ number: 'A03', name: '城事' });
  });
});
