// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { HighlightText, normaliseRanges } from './highlight-text';

afterEach(() => (document.body.innerHTML = ''));

describe('HighlightText', () => {
  it('marks the ranges and keeps the rest as text', () => {
    const el = document.body.appendChild(document.createElement('p'));
    render(<HighlightText text="张堰镇老街改造完成" ranges={[{ start: 3, end: 5 }, { start: 0, end: 3, className: 'watched' }]} />, el);
    expect([...el.querySelectorAll('mark')].map((m) => [m.textContent, m.className])).toEqual([
      ['张堰镇', 'watched'],
      ['老街', ''],
    ]);
    expect(el.textContent).toBe('张堰镇老街改造完成');
  });

  it('renders markup in the text as text, never as elements', () => {
    const el = document.body.appendChild(document.createElement('p'));
    const text = '<img src=x onerror=alert(1)>区长';
    render(<HighlightText text={text} ranges={[{ start: text.indexOf('区长'), end: text.length }]} />, el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('mark')?.textContent).toBe('区长');
  });

  it('merges overlapping ranges and clips them to the text', () => {
    expect(normaliseRanges([{ start: 4, end: 9 }, { start: 0, end: 2 }, { start: 1, end: 3 }, { start: 8, end: 20 }, { start: 5, end: 5 }], 10)).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 10 },
    ]);
  });
});
