// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ArticleList } from './article-list';
import { sampleArticle, sampleEntry } from './test-data';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

describe('ArticleList', () => {
  it('shows paper, date, page and headline per saved article and opens on click', () => {
    const el = root();
    const onOpen = vi.fn();
    render(<ArticleList entries={[sampleEntry()]} onOpen={onOpen} />, el);
    const row = el.querySelector('[data-testid="article-row"]')!;
    expect(row.querySelector('[data-testid="row-paper"]')!.textContent).toBe('江湾报');
    expect(row.querySelector('[data-testid="row-date"]')!.textContent).toBe('2026-05-06');
    expect(row.querySelector('[data-testid="row-page"]')!.textContent).toBe('第3版 综合新闻');
    expect(row.querySelector('[data-testid="row-title"]')!.textContent).toBe('新桥今日通车');
    (row as HTMLElement).click();
    expect(onOpen).toHaveBeenCalledWith(sampleArticle().id);
  });

  it('labels a failed parse with its error', () => {
    const el = root();
    render(<ArticleList entries={[sampleEntry(sampleArticle({ parseStatus: 'failed', parseError: 'no article body', title: '某报' }))]} onOpen={() => {}} />, el);
    const row = el.querySelector('[data-testid="failed-row"]')!;
    expect(row.textContent).toContain('未能识别');
    expect(row.textContent).toContain('no article body');
    expect(el.querySelector('[data-testid="article-row"]')).toBeNull();
  });

  it('renders page content as text, never as markup', () => {
    const el = root();
    render(<ArticleList entries={[sampleEntry(sampleArticle({ title: '<img src=x onerror="alert(1)">标题' }))]} onOpen={() => {}} />, el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-testid="row-title"]')!.textContent).toBe('<img src=x onerror="alert(1)">标题');
  });

  it('shows a continued article once, naming every page it is printed on', () => {
    const el = root();
    const onOpen = vi.fn();
    const head = sampleArticle({ id: 'h', pageNumber: '01', pageName: '要闻', continuedTo: '2' });
    const tail = sampleArticle({ id: 't', pageNumber: '02', pageName: '综合新闻', continuedFrom: '1', read: 1 });
    render(<ArticleList entries={[sampleEntry(head, [tail])]} onOpen={onOpen} />, el);
    const rows = el.querySelectorAll('[data-testid="article-row"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.querySelector('[data-testid="row-page"]')!.textContent).toBe('第1版、第2版');
    expect(rows[0]!.classList.contains('read')).toBe(false);
    (rows[0] as HTMLElement).click();
    expect(onOpen).toHaveBeenCalledWith('h');
  });
});
