// "保存本版/保存整期" fetches what a hostile 版面 page links to: only http(s) targets are planned,
// whatever the page's article and page lists hold.
import { describe, expect, it } from 'vitest';
import { planSave } from '@/lib/crawl/save-issue';
import { emptyArticle, emptyResult } from '@/lib/parse/types';

const BASE = 'http://epaper.example.cn/html/2026-05/06/';
const HOSTILE = ['javascript:fetch("http://127.0.0.1:9/x")', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome-extension://abcdefghijklmnop/popup.html', 'moz-extension://x/options.html', 'blob:http://a/1', 'about:blank', 'ftp://epaper.example.cn/a.htm'];

function hostileLayout() {
  const r = emptyResult('layout', ['node_ URL']);
  r.articles = [`${BASE}content_1.htm`, ...HOSTILE].map((url, i) => ({ ...emptyArticle(`文章${i}`), url }));
  r.pages = [`${BASE}node_3.htm`, ...HOSTILE].map((url, i) => ({ number: String(i + 2), name: null, url, pdfUrl: null }));
  return r;
}

describe('save plan from a hostile 版面 page', () => {
  it.each(['page', 'issue'] as const)('scope %s plans only http(s) pages', (scope) => {
    const plan = planSave(`${BASE}node_2.htm`, hostileLayout(), scope);
    const planned = [...plan.articles, ...plan.layouts].map((i) => i.url);
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.filter((u) => !/^https?:\/\//.test(u))).toEqual([]);
  });
});
