import { describe, expect, it } from 'vitest';
import { paperForUrl } from './known-papers';

describe('paperForUrl', () => {
  it('finds a paper by host, any port and scheme', () => {
    expect(paperForUrl('http://www.haidian001.com:88/hdb/html/2019-05/10/node_49.htm')?.name).toBe('海淀报');
    expect(paperForUrl('https://barb.sznews.com/PC/layout/201803/22/node_A01.html')?.district).toBe('广东省深圳市宝安区');
  });
  it('tells papers on shared hosting apart by path prefix', () => {
    expect(paperForUrl('https://www.cnepaper.com/nsxqb/html/2024-01-05/node_1.htm')?.name).toBe('南沙新区报');
    expect(paperForUrl('http://www.cnepaper.com/spbb/html/2024-01/05/node_100641.htm')?.name).toBe('沙坪坝报');
    expect(paperForUrl('http://www.cnepaper.com/unknown/html/2024-01/05/node_1.htm')).toBeNull();
  });
  it('tells papers on one platform apart by a deeper path prefix', () => {
    const url = 'http://mobile.epaper.routeryun.com/index.php/home/article/index/appkey/49/date/2024-03-30/page/34986/aid/212430.html';
    expect(paperForUrl(url)?.name).toBe('嘉定报');
    expect(paperForUrl(url.replace('/appkey/49/', '/appkey/77/'))).toBeNull();
  });
  it('returns null for unknown hosts and bad URLs', () => {
    expect(paperForUrl('https://news.example.com/a.html')).toBeNull();
    expect(paperForUrl('not a url')).toBeNull();
    expect(paperForUrl(null)).toBeNull();
  });
});
