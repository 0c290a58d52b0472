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
    render(<ReaderView parts={[sampleArticle()]} />, el);
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
    render(<ReaderView parts={[sampleArticle({ introTitle: null, subtitle: null, reporters: [], correspondents: [], url: 'javascript:alert(1)' })]} />, el);
    expect(q(el, 'reader-intro-title')).toBeNull();
    expect(q(el, 'reader-subtitle')).toBeNull();
    expect(q(el, 'reader-byline')).toBeNull();
    expect(q(el, 'reader-original-link')).toBeNull();
  });

  it('shows the raw text and error of a failed parse', () => {
    const el = root();
    render(<ReaderView parts={[sampleArticle({ parseStatus: 'failed', parseError: 'no body', paragraphs: [], rawText: '第一行\n第二行' })]} />, el);
    expect(el.textContent).toContain('no body');
    expect([...q(el, 'reader-body')!.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['第一行', '第二行']);
  });

  it('says when the article is missing', () => {
    const el = root();
    render(<ReaderView parts={null} />, el);
    expect(el.textContent).toBe('找不到这篇文章。');
  });

  it('shows the parts of a continued article in order, each under a divider naming its page', () => {
    const el = root();
    const head = sampleArticle({ id: 'h', pageNumber: '01', pageName: '要闻', paragraphs: ['头版正文。'], continuedTo: '2', reporters: ['李四'] });
    const tail = sampleArticle({ id: 't', pageNumber: '02', pageName: '综合新闻', paragraphs: ['转版正文。'], continuedFrom: '1', reporters: ['李四', '钱七'], correspondents: [] });
    render(<ReaderView parts={[head, tail]} />, el);
    expect([...el.querySelectorAll('[data-testid="part-divider"]')].map((d) => d.textContent)).toEqual(['第1版 要闻', '接第2版 综合新闻']);
    expect([...q(el, 'reader-body')!.querySelectorAll('p:not(.part-divider)')].map((p) => p.textContent)).toEqual(['头版正文。', '转版正文。']);
    expect(q(el, 'reader-meta')!.textContent).toBe('江湾报 · 2026-05-06 · 第1版 要闻、第2版 综合新闻');
    expect(q(el, 'reader-byline')!.textContent).toBe('记者：李四、钱七　通讯员：赵六');
    // the 下转/上接 notes are answered inside the stitched article
    expect(el.textContent).not.toContain('下转第2版');
    expect(el.textContent).not.toContain('上接第1版');
  });

  it('keeps the note of a part whose partner is not saved', () => {
    const el = root();
    render(<ReaderView parts={[sampleArticle({ continuedTo: '2' })]} />, el);
    expect(el.textContent).toContain('下转第2版');
    expect(el.querySelector('[data-testid="part-divider"]')).toBeNull();
  });
});
