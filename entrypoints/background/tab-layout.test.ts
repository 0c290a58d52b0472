import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyArticle, emptyResult } from '@/lib/parse/types';
import { clearTabLayout, hasLinks, layoutSummary, readTabLayout, writeTabLayout } from './tab-layout';

beforeEach(() => fakeBrowser.reset());

const url = 'http://a.example.cn:8080/html/2026-05/06/node_2.htm';

function layout() {
  const r = emptyResult('layout', ['node_ URL']);
  r.articles = [
    { ...emptyArticle('一'), url: 'http://a.example.cn:8080/html/2026-05/06/content_1.htm', body: '很长的正文' },
    { ...emptyArticle('二'), url: 'https://b.example.cn/c/2.htm' },
    { ...emptyArticle('无链接'), url: null },
  ];
  return r;
}

describe('tab layout', () => {
  it('counts distinct article links and the origins a save would fetch from', () => {
    expect(layoutSummary(url, layout())).toEqual({ articleCount: 2, pageCount: 0, origins: ['http://a.example.cn:8080', 'https://b.example.cn'] });
  });

  it('offers saving only for layout pages that link somewhere', () => {
    expect(hasLinks(layout())).toBe(true);
    expect(hasLinks({ ...layout(), articles: [] })).toBe(false);
    expect(hasLinks({ ...layout(), kind: 'article' })).toBe(false);
  });

  it('keeps a slim copy per tab in session storage until cleared', async () => {
    await writeTabLayout(4, url, layout());
    const kept = await readTabLayout(4);
    expect(kept?.url).toBe(url);
    expect(kept?.result.articles.map((a) => [a.title, a.body])).toEqual([['一', ''], ['二', ''], ['无链接', '']]);
    expect(await readTabLayout(5)).toBeNull();
    await clearTabLayout(4);
    expect(await readTabLayout(4)).toBeNull();
  });
});
