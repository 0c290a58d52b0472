import { describe, expect, it } from 'vitest';
import { articleKey, canonicalUrl, layoutPageKey } from './dedupe-key';

describe('canonicalUrl', () => {
  it('drops the fragment and noise parameters, keeps identifying ones sorted', () => {
    expect(canonicalUrl('HTTP://E.Example.cn:80/html/content_1.htm?v=1#p2')).toBe('http://e.example.cn/html/content_1.htm');
    expect(canonicalUrl('https://e.cn/a?docId=9&utm_source=x&mediaKey=w')).toBe('https://e.cn/a?docId=9&mediaKey=w');
    expect(canonicalUrl('http://1.2.3.4:8080/x.htm?div=1')).toBe('http://1.2.3.4:8080/x.htm');
  });
});

describe('articleKey', () => {
  it('prefers the article URL, falls back to page URL with position', () => {
    expect(articleKey('https://e.cn/n.htm', 'https://e.cn/c.htm?v=3', 0, 2)).toBe('https://e.cn/c.htm');
    expect(articleKey('https://e.cn/p.htm#x', null, 0, 1)).toBe('https://e.cn/p.htm');
    expect(articleKey('https://e.cn/p.htm', null, 1, 3)).toBe('https://e.cn/p.htm#2');
  });
});

describe('layoutPageKey', () => {
  it('uses paper, date and page number without leading zeros', () => {
    expect(layoutPageKey('https://e.cn/n.htm', '某报', '2026-01-01', '03')).toBe('某报|2026-01-01|3');
    expect(layoutPageKey('https://e.cn/n.htm', '某报', '2026-01-01', 'A03')).toBe('某报|2026-01-01|A03');
    expect(layoutPageKey('https://e.cn/n.htm?v=1', null, null, '3')).toBe('https://e.cn/n.htm');
  });
});
