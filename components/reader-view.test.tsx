// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ReaderView } from './reader-view';
import { sampleArticle } from './test-data';

const root = () => document.body.appendChild(document.createElement('div'));
const q = (el: Element, id: string) => el.querySelector(`[data-testid="${id}"]`);
afterEach(() => (document.body.innerHTML = ''));

describe('ReaderView', () => {
  it('shows every field of the article', () => {
    const el = root();
    render(<ReaderView article={sampleArticle()} />, el);
    expect(q(el, 'reader-intro-title')!.textContent).toBe('连接两岸的第三座桥');
    expect(q(el, 'reader-title')!.textContent).toBe('新桥今日通车');
    expect(q(el, 'reader-subtitle')!.textContent).toBe('——沿线居民出行缩短二十分钟');
    expect(q(el, 'reader-byline')!.textContent).toBe('记者：李四、王五　通讯员：赵六');
    expect(q(el, 'reader-meta')!.textContent).toBe('江湾报 · 2026-05-06 · 第3版 综合新闻');
    expect([...q(el, 'reader-body')!.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['第一段正文。', '第二段正文。']);
    expect(q(el, 'reader-original-link')!.getAttribute('href')).toBe(sampleArticle().url);
  });

  it('omits empty parts and links only to http(s)', () => {
    const el = root();
    render(<ReaderView article={sampleArticle({ introTitle: null, subtitle: null, reporters: [], correspondents: [], url: 'javascript:alert(1)' })} />, el);
    expect(q(el, 'reader-intro-title')).toBeNull();
    expect(q(el, 'reader-subtitle')).toBeNull();
    expect(q(el, 'reader-byline')).toBeNull();
    expect(q(el, 'reader-original-link')).toBeNull();
  });

  it('shows the raw text and error of a failed parse', () => {
    const el = root();
    render(<ReaderView article={sampleArticle({ parseStatus: 'failed', parseError: 'no body', paragraphs: [], rawText: '第一行\n第二行' })} />, el);
    expect(el.textContent).toContain('no body');
    expect([...q(el, 'reader-body')!.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['第一行', '第二行']);
  });

  it('says when the article is missing', () => {
    const el = root();
    render(<ReaderView article={null} />, el);
    expect(el.textContent).toBe('找不到这篇文章。');
  });
});
