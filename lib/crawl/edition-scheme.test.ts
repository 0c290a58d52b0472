import { describe, expect, it } from 'vitest';
import { emptyResult, type PageLink, type ParseResult } from '../parse/types';
import { editionUrlFor, isFirstPageNumber, learnEditionScheme, schemeFromStored, schemeToStored, type EditionScheme } from './edition-scheme';

function layout(number: string, pages: string[] = [], date: string | null = null): ParseResult {
  const r = emptyResult('layout');
  r.page = { number, name: null };
  r.date = date;
  r.pages = pages.map((url, i): PageLink => ({ number: String(i + 1).padStart(2, '0'), name: null, url, pdfUrl: null }));
  return r;
}

function learn(url: string, result: ParseResult): EditionScheme {
  const r = learnEditionScheme(url, result);
  if (!r.ok) throw new Error(r.reason);
  return r.scheme;
}

describe('learnEditionScheme', () => {
  it('classic Founder: first page from the page list (node_2 is page 1), paperindex entry likely', () => {
    const s = learn('http://epaper.example.cn/html/2024-05/08/node_5.htm', layout('4', ['http://epaper.example.cn/html/2024-05/08/node_2.htm', 'http://epaper.example.cn/html/2024-05/08/node_3.htm']));
    expect(s).toMatchObject({
      template: 'http://epaper.example.cn/html/{yyyy}-{mm}/{dd}/node_2.htm',
      dateFormat: 'yyyy-mm/dd',
      firstPageKnown: true,
      entryUrl: 'http://epaper.example.cn/paperindex.htm',
      entryKnown: false,
      learnedDate: '2024-05-08',
    });
    expect(editionUrlFor(s, '2024-12-01')).toBe('http://epaper.example.cn/html/2024-12/01/node_2.htm');
  });

  it('paperindex.htm stub: learns from the redirect and keeps the entry as known', () => {
    const stub = emptyResult('none');
    stub.redirectUrl = 'http://epaper.example.cn/html/2024-05/08/node_2.htm';
    const s = learn('http://epaper.example.cn/paperindex.htm', stub);
    expect(s).toMatchObject({ template: 'http://epaper.example.cn/html/{yyyy}-{mm}/{dd}/node_2.htm', firstPageKnown: true, entryUrl: 'http://epaper.example.cn/paperindex.htm', entryKnown: true });
  });

  it('pc/layout with lettered pages: the page itself when it is A01', () => {
    const s = learn('https://epaper.example.cn/pc/layout/202403/15/node_A01.html', layout('A01'));
    expect(s).toMatchObject({ template: 'https://epaper.example.cn/pc/layout/{yyyy}{mm}/{dd}/node_A01.html', dateFormat: 'yyyymm/dd', firstPageKnown: true, entryUrl: null });
  });

  it('guesses page 1 from a later page with the same padding and letter', () => {
    const cases: [string, string][] = [
      ['http://szb.example.cn/pc/layout/202405/08/node_03.html', 'http://szb.example.cn/pc/layout/{yyyy}{mm}/{dd}/node_01.html'],
      ['http://szb.example.cn/pc/layout/202405/08/node_B03.html', 'http://szb.example.cn/pc/layout/{yyyy}{mm}/{dd}/node_A01.html'],
      ['http://barb.example.cn/PC/layout/201803/21/colA03.html', 'http://barb.example.cn/PC/layout/{yyyy}{mm}/{dd}/colA01.html'],
      ['http://epaper.example.cn/pc/202405/08/col02.html', 'http://epaper.example.cn/pc/{yyyy}{mm}/{dd}/col01.html'],
      ['http://www.example.cn/szb/tjbpc/202405/08/l05.html', 'http://www.example.cn/szb/tjbpc/{yyyy}{mm}/{dd}/l01.html'],
      ['http://paper.example.cn/html/2024-05/08/nbs.D110000hsrb_03.htm', 'http://paper.example.cn/html/{yyyy}-{mm}/{dd}/nbs.D110000hsrb_01.htm'],
      ['https://www.fzsyun.cn/jhgrb/2024-05/08/node_02.html', 'https://www.fzsyun.cn/jhgrb/{yyyy}-{mm}/{dd}/node_01.html'],
    ];
    for (const [url, template] of cases) {
      const s = learn(url, layout('03'));
      expect(s.template, url).toBe(template);
      expect(s.firstPageKnown).toBe(false);
    }
  });

  it('drops a ?v=1 cache buster and keeps raw IPs, ports and per-paper prefixes', () => {
    expect(learn('http://ncrb.example.cn/html/2024-06/03/node_1.htm?v=1', layout('01')).template).toBe('http://ncrb.example.cn/html/{yyyy}-{mm}/{dd}/node_1.htm');
    const ip = learn('http://47.108.237.88:8081/hxb/html/2024-01/23/node_5.htm', layout('A03', ['http://47.108.237.88:8081/hxb/html/2024-01/23/node_3.htm']));
    expect(ip).toMatchObject({ template: 'http://47.108.237.88:8081/hxb/html/{yyyy}-{mm}/{dd}/node_3.htm', entryUrl: 'http://47.108.237.88:8081/hxb/paperindex.htm' });
    const cn = learn('https://www.cnepaper.com/nsxqb/html/2024-05/10/node_1.htm', layout('01'));
    expect(cn.entryUrl).toBe('https://www.cnepaper.com/nsxqb/paperindex.htm');
    const content = learn('http://www.example.cn/content/2024-05/08/node_2.htm', layout('02', ['http://www.example.cn/content/2024-05/08/node_1.htm']));
    expect(content).toMatchObject({ template: 'http://www.example.cn/content/{yyyy}-{mm}/{dd}/node_1.htm', entryUrl: 'http://www.example.cn/paperindex.htm' });
  });

  it('goes from an article URL to the layout folder beside it', () => {
    const article = emptyResult('article');
    expect(learn('http://szb.example.cn/pc/content/202405/08/content_40301.html', article).template).toBe('http://szb.example.cn/pc/layout/{yyyy}{mm}/{dd}/node_01.html');
    expect(learn('http://ssrb.example.cn/pc/con/202405/08/content_50211.html', article).template).toBe('http://ssrb.example.cn/pc/col/{yyyy}{mm}/{dd}/node_01.html');
    const classic = learn('http://epaper.example.cn/html/2024-05/08/content_52101.htm', article);
    expect(classic).toMatchObject({ template: 'http://epaper.example.cn/html/{yyyy}-{mm}/{dd}/node_1.htm', firstPageKnown: false, entryUrl: 'http://epaper.example.cn/paperindex.htm' });
  });

  it('handles dates written several times and year folders', () => {
    const yn = learn('http://paper.example.cn/html/2024/20240316/20240316_001/20240316_001_6618.html', layout('1'));
    expect(yn.template).toBe('http://paper.example.cn/html/{yyyy}/{yyyy}{mm}{dd}/{yyyy}{mm}{dd}_001/{yyyy}{mm}{dd}_001_6618.html');
    expect(editionUrlFor(yn, '2025-01-02')).toBe('http://paper.example.cn/html/2025/20250102/20250102_001/20250102_001_6618.html');
    const bj = learn('https://dzb.example.cn/bjrb/mobile/2026/20260618/20260618_m.html#page0', layout('1'));
    expect(bj.template).toBe('https://dzb.example.cn/bjrb/mobile/{yyyy}/{yyyy}{mm}{dd}/{yyyy}{mm}{dd}_m.html');
    const xm = learn('http://paper.example.cn/html/xmwb/2024-03-16/1.html', layout('1'));
    expect(xm).toMatchObject({ template: 'http://paper.example.cn/html/xmwb/{yyyy}-{mm}-{dd}/1.html', dateFormat: 'yyyy-mm-dd' });
  });

  it('keeps a query that carries the date', () => {
    const s = learn('https://szb.example.cn/newspaper?mediaKey=wzrb&curEdition=01&publishTime=2024-03-16', layout('01'));
    expect(editionUrlFor(s, '2024-04-01')).toBe('https://szb.example.cn/newspaper?mediaKey=wzrb&curEdition=01&publishTime=2024-04-01');
  });

  it('never mistakes an article id for a date', () => {
    const s = learn('http://epaper.example.cn/html/2024-05/08/node_20240508.htm', layout('1'));
    expect(s.template).toBe('http://epaper.example.cn/html/{yyyy}-{mm}/{dd}/node_{yyyy}{mm}{dd}.htm');
    expect(learn('http://epaper.example.cn/html/2024-05/08/node_202405081.htm', layout('1')).template).toBe('http://epaper.example.cn/html/{yyyy}-{mm}/{dd}/node_202405081.htm');
  });

  it('says why when there is no date in the URL', () => {
    const r = learnEditionScheme('http://www.example.cn/index.asp?Nid=366', layout('01', [], '2024-05-08'));
    expect(r).toEqual({ ok: false, reason: '网址中没有日期，无法推算每期的网址' });
  });
});

describe('isFirstPageNumber', () => {
  it('accepts 1, 01, A01, A1 only', () => {
    expect(['1', '01', 'A01', 'a1', '001'].every(isFirstPageNumber)).toBe(true);
    expect(['B01', '02', '10', '', null].some(isFirstPageNumber)).toBe(false);
  });
});

describe('editionUrlFor', () => {
  it('refuses a date that is not ISO', () => {
    expect(() => editionUrlFor({ template: 'x' }, '2024/5/8')).toThrow();
  });
});

describe('schemeToStored / schemeFromStored', () => {
  it('round-trips a scheme and reads a bare template', () => {
    const s = learn('http://epaper.example.cn/html/2024-05/08/node_2.htm', layout('1'));
    expect(schemeFromStored(schemeToStored(s))).toEqual(s);
    expect(schemeFromStored('http://epaper.example.cn/html/{yyyy}-{mm}/{dd}/node_2.htm')).toMatchObject({ firstPageKnown: true, entryUrl: null });
  });
  it('refuses what is not a usable scheme', () => {
    for (const v of [null, '', 'not json', '{"template":"javascript:alert(1)/{yyyy}{dd}"}', '{"template":"http://x.cn/no-date.htm"}', '{broken']) {
      expect(schemeFromStored(v)).toBeNull();
    }
  });
});
