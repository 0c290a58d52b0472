import { describe, expect, it } from 'vitest';
import { coveringPatternForUrl, knownPaperPatterns, sitePatternsForUrl, patternMatchesUrl, webPatterns } from './match-patterns';

describe('match patterns', () => {
  it('builds a port-less pattern for http(s) pages only', () => {
    expect(sitePatternsForUrl('http://115.236.76.50:8080/wldsb/x.htm')).toEqual(['http://115.236.76.50/*', 'https://115.236.76.50/*']);
    expect(sitePatternsForUrl('chrome://extensions')).toBeNull();
    expect(sitePatternsForUrl('not a url')).toBeNull();
    expect(coveringPatternForUrl('file:///tmp/a.html')).toBeNull();
    expect(coveringPatternForUrl('https://e.example.cn:8443/a')).toBe('https://e.example.cn/*');
  });

  it('turns the known-paper registry into host patterns without paths or duplicates', () => {
    const p = knownPaperPatterns();
    expect(p).toContain('http://www.cnepaper.com/*');
    expect(p).toContain('https://www.cnepaper.com/*');
    expect(p).toContain('http://115.236.76.50/*');
    expect(new Set(p).size).toBe(p.length);
    // only what the manifest's optional http/https host permissions can grant
    expect(p.every((x) => /^https?:\/\/[^/*]+\/\*$/.test(x))).toBe(true);
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
