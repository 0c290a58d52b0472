// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { KeywordsPanel, type ArticleAnalysisView } from './keywords-panel';

afterEach(() => (document.body.innerHTML = ''));
const root = () => document.body.appendChild(document.createElement('div'));

const analysis: ArticleAnalysisView = {
  keywords: [{ word: '公租房', score: 9, tag: 'n' }, { word: '孵化器', score: 5, tag: 'n' }],
  entities: {
    places: [{ name: '张堰镇', district: '上海市金山区', count: 3 }],
    organisations: [{ name: '启迪集团', count: 1 }],
    people: [{ name: '王敏', count: 1 }],
  },
};

describe('KeywordsPanel', () => {
  it('shows keywords, places with their district, organisations and people as chips', () => {
    const el = root();
    render(<KeywordsPanel analysis={analysis} highlightOn onToggleHighlight={vi.fn()} onPlace={vi.fn()} />, el);
    const chips = [...el.querySelectorAll('[data-testid="reader-keywords"] [data-testid="keyword-chip"]')];
    expect(chips.map((c) => [c.getAttribute('data-kind'), c.firstChild?.textContent])).toEqual([
      ['keyword', '公租房'],
      ['keyword', '孵化器'],
      ['place', '张堰镇'],
      ['organisation', '启迪集团'],
      ['person', '王敏'],
    ]);
    expect(el.querySelector('[data-kind="place"] .chip-note')?.textContent).toBe('上海市金山区');
  });

  it('filters the library by a clicked place and toggles highlights', () => {
    const el = root();
    const onPlace = vi.fn();
    const onToggle = vi.fn();
    render(<KeywordsPanel analysis={analysis} highlightOn onToggleHighlight={onToggle} onPlace={onPlace} />, el);
    (el.querySelector('button[data-kind="place"]') as HTMLElement).click();
    expect(onPlace).toHaveBeenCalledWith('张堰镇');
    const toggle = el.querySelector('[data-testid="reader-highlight-toggle"]') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    toggle.click();
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('says keywords are pending before the article is indexed', () => {
    const el = root();
    render(<KeywordsPanel analysis={null} highlightOn onToggleHighlight={vi.fn()} onPlace={vi.fn()} />, el);
    expect(el.querySelector('[data-testid="reader-keywords"]')).toBeNull();
    expect(el.querySelector('[data-testid="reader-keywords-pending"]')).not.toBeNull();
  });
});
