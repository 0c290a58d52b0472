import { describe, expect, it } from 'vitest';
import { coveringPatternForUrl, knownPaperPatterns, originPatternForUrl, patternMatchesUrl, webPatterns } from './match-patterns';

describe('match patterns', () => {
  it('builds a port-less pattern for http(s) pages only', () => {
    expect(originPatternForUrl('http://115.236.76.50:8080/wldsb/x.htm')).toBe('*://115.236.76.50/*');
    expect(originPatternForUrl('chrome://extensions')).toBeNull();
    expect(originPatternForUrl('not a url')).toBeNull();
    expect(coveringPatternForUrl('https://e.example.cn:8443/a')).toBe('https://e.example.cn/*');
  });

  it('turns the known-paper registry into host patterns without paths or duplicates', () => {
    const p = knownPaperPatterns();
    expect(p).toContain('*://www.cnepaper.com/*');
    expect(p).toContain('*://115.236.76.50/*');
    expect(new Set(p).size).toBe(p.length);
    expect(p.every((x) => /^\*:\/\/[^/]+\/\*$/.test(x))).toBe(true);
  });

  it('matches URLs on any port, with host wildcards', () => {
    expect(patternMatchesUrl('*://115.236.76.50/*', 'http://115.236.76.50:8080/a')).toBe(true);
    expect(patternMatchesUrl('https://*.example.cn/*', 'https://epaper.example.cn/a')).toBe(true);
    expect(patternMatchesUrl('https://*.example.cn/*', 'http://epaper.example.cn/a')).toBe(false);
    expect(patternMatchesUrl('*://a.cn/*', 'https://b.cn/')).toBe(false);
    expect(patternMatchesUrl('http://localhost/*', 'http://localhost:5173/x')).toBe(true);
  });

  it('keeps only web patterns', () => {
    expect(webPatterns(['chrome://favicon/*', 'https://a.cn/*', 'https://a.cn/*', 'http://*/*'])).toEqual(['http://*/*', 'https://a.cn/*']);
  });
});
