import { describe, expect, it } from 'vitest';
import { isArticleHref } from '../parse/html/layout-links';
import { urlHints } from './url-rules';

const kinds = (url: string) => urlHints(url).rules.map((r) => r.kind);

describe('URL rules', () => {
  it('knows the layout and article shapes of each family', () => {
    expect(kinds('http://a.cn/html/2017-07/22/node_2.htm')).toContain('layout');
    expect(kinds('http://a.cn/html/2017-07/22/content_52014.htm')).toContain('article');
    expect(kinds('https://xsrb.xsnet.cn/html/2026-03/18/content_79495_19374621.htm')).toContain('article');
    expect(kinds('http://a.cn/pc/layout/202404/30/node_01.html')).toContain('layout');
    expect(kinds('http://barb.sznews.com/PC/layout/201803/21/colA01.html')).toContain('layout');
    expect(kinds('http://a.cn/pc/con/202301/28/content_37152.html')).toContain('article');
    expect(kinds('http://a.cn/pc/paper/layout/202301/28/node_01.html')).toContain('layout');
    expect(kinds('http://epaper.ccs.cn/pc/202405/08/col01.html')).toContain('layout');
    expect(kinds('http://a.cn/app_epaper/2024-01/05/node_01.html')).toContain('layout');
    expect(kinds('http://a.cn/html/2024-01/05/nbs.D110000renmrb_01.htm')).toContain('layout');
    expect(kinds('http://a.cn/paperindex.htm')).toContain('redirect');
    expect(kinds('http://www.tysx.net.cn/newspaper.asp?id=20211124&ban=3&art=12')).toContain('article');
    // §1.5: 怒江日报 Qpaper pages, 新民晚报 numbered pages, /szb/ l01 pages.
    expect(kinds('http://zwb.example.cn/Html/2024-05-08/Qpaper.html')).toEqual(['layout']);
    expect(kinds('http://zwb.example.cn/Html/2024-05-08/Qpaper_2.html')).toEqual(['layout']);
    expect(kinds('http://zwb.example.cn/Html/2024-05-08/Qpaper_2_3.html')).toEqual(['article']);
    expect(kinds('https://paper.example.cn/html/xmwb/2024-05-08/3.html')).toEqual(['layout']);
    expect(kinds('https://paper.example.cn/html/xmwb/2024-05-08/3/10284411.html')).toEqual(['article']);
    expect(kinds('http://www.example.com.cn/szb/tjbpc/202405/08/l02.html')).toContain('layout');
  });

  it('gives no rule to ordinary addresses and weak weight to portal-like ones', () => {
    expect(urlHints('https://news.example.com/2024/01/05/a-story.html').rules).toEqual([]);
    const gov = urlHints('http://www.example.gov.cn/zhengce/content/2024-01/05/content_123.htm');
    expect(Math.max(...gov.rules.map((r) => r.weight))).toBeLessThan(2);
  });

  it('recognises e-paper hosts, raw IPs with a paper code, and ports', () => {
    expect(urlHints('http://szb.example.cn/').hostReason).toBeTruthy();
    expect(urlHints('http://www.cnepaper.com/spbb/html/2024-04/26/node_1.htm').hostReason).toBeTruthy();
    expect(urlHints('http://115.236.76.50/jrzq/html/2024-03/12/node_1.htm').hostReason).toBeTruthy();
    expect(urlHints('http://10.0.0.1/admin/').hostReason).toBeNull();
    expect(urlHints('http://www.haidian001.com:88/hdb/html/2019-05/10/node_49.htm').rules.length).toBeGreaterThan(0);
    expect(urlHints('https://www.example.com/').hostReason).toBeNull();
    expect(urlHints('http://www.example.com.cn/szb/pc/202401/05/l01.html').dirReason).toBeTruthy();
  });
});

describe('isArticleHref', () => {
  it('takes article links and leaves page, PDF and script links', () => {
    for (const h of ['content_52014.htm', 'content_1_9.htm', '../con/202405/08/content_3.html', 'con-746458.html', './20260618_001/content_20260618_001_1.htm#page0', 'nw.D110000hsrb_20240508_2-01.htm', 'content_7.htm?div=1', 'Qpaper_1_2.html'])
      expect(isArticleHref(h), h).toBe(true);
    for (const h of ['node_3.htm', 'colA01.html', '../../1/2017-07/22/1/201707221_pdf.pdf', "javascript:alert('已经是最后一版')", '/about.html', 'Qpaper_2.html', null])
      expect(isArticleHref(h), String(h)).toBe(false);
  });
});
