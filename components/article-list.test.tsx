// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { entryPageLabel, pageLabel } from './article-list';
import { LibraryRow, type LibraryRowProps } from './library/library-row';
import { sampleArticle, sampleEntry } from './test-data';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

type Spies = { onClick?: () => void; onStar?: () => void; onDelete?: () => void };
function row({ onClick = vi.fn(), onStar = vi.fn(), onDelete = vi.fn(), ...over }: Partial<LibraryRowProps> & Spies): LibraryRowProps {
  const handlers = { click: onClick, toggleSelect: vi.fn(), star: onStar, read: vi.fn(), tags: vi.fn(), remove: onDelete };
  return { entry: sampleEntry(), marks: undefined, index: 0, active: false, selected: false, handlers, ...over };
}

describe('page labels', () => {
  it('names one page with its 版名, and every page of a continued article', () => {
    expect(pageLabel({ pageNumber: '03', pageName: '综合新闻' })).toBe('第3版 综合新闻');
    expect(pageLabel({ pageNumber: null, pageName: '要闻' })).toBe('要闻');
    const head = sampleArticle({ id: 'h', pageNumber: '01', pageName: '要闻' });
    const tail = sampleArticle({ id: 't', pageNumber: '02', pageName: '综合新闻' });
    expect(entryPageLabel([head, tail])).toBe('第1版、第2版');
  });
});

describe('LibraryRow', () => {
  it('shows paper, date, page and headline and reports the click', () => {
    const el = root();
    const onClick = vi.fn();
    render(<LibraryRow {...row({ onClick })} />, el);
    const r = el.querySelector('[data-testid="article-row"]')!;
    expect(r.querySelector('[data-testid="row-paper"]')!.textContent).toBe('江湾报');
    expect(r.querySelector('[data-testid="row-date"]')!.textContent).toBe('2026-05-06');
    expect(r.querySelector('[data-testid="row-page"]')!.textContent).toBe('第3版 综合新闻');
    expect(r.querySelector('[data-testid="row-title"]')!.textContent).toBe('新桥今日通车');
    (r as HTMLElement).click();
    expect(onClick).toHaveBeenCalled();
  });

  it('labels a failed parse with its error', () => {
    const el = root();
    render(<LibraryRow {...row({ entry: sampleEntry(sampleArticle({ parseStatus: 'failed', parseError: 'no article body', title: '某报' })) })} />, el);
    const r = el.querySelector('[data-testid="failed-row"]')!;
    expect(r.textContent).toContain('未能识别');
    expect(r.textContent).toContain('no article body');
  });

  it('renders page content as text, never as markup', () => {
    const el = root();
    render(<LibraryRow {...row({ entry: sampleEntry(sampleArticle({ title: '<img src=x onerror="alert(1)">标题' })) })} />, el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-testid="row-title"]')!.textContent).toBe('<img src=x onerror="alert(1)">标题');
  });

  it('shows a continued article as one row naming both pages; the star and delete buttons do not open it', () => {
    const el = root();
    const onClick = vi.fn();
    const onStar = vi.fn();
    const onDelete = vi.fn();
    const head = sampleArticle({ id: 'h', pageNumber: '01', pageName: '要闻', continuedTo: '2' });
    const tail = sampleArticle({ id: 't', pageNumber: '02', pageName: '综合新闻', continuedFrom: '1' });
    render(<LibraryRow {...row({ entry: sampleEntry(head, [tail]), onClick, onStar, onDelete })} />, el);
    expect(el.querySelector('[data-testid="article-row"]')!.getAttribute('data-parts')).toBe('2');
    expect(el.querySelector('[data-testid="row-page"]')!.textContent).toBe('第1版、第2版');
    (el.querySelector('[data-testid="row-star"]') as HTMLElement).click();
    (el.querySelector('[data-testid="row-delete"]') as HTMLElement).click();
    expect(onStar).toHaveBeenCalled();
    expect(onDelete).toHaveBeenCalled();
    expect(onClick).not.toHaveBeenCalled();
  });
});
