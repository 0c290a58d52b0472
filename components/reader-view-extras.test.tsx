// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReaderImages } from './reader-view-images';
import { SamePageNav } from './reader-view-nav';
import { ReaderView } from './reader-view';
import { sampleArticle } from './test-data';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

const images = [
  { src: 'http://epaper.example.cn/images/bridge.jpg', caption: '新桥通车当天，车辆有序通行' },
  { src: 'javascript:alert(1)', caption: '<img src=x onerror=alert(1)>' },
  { src: 'data:image/png;base64,AAAA', caption: null },
];

describe('reader pictures', () => {
  it('requests nothing until allowed: placeholders with captions and 「加载图片」', async () => {
    const el = root();
    render(<ReaderImages images={images} alwaysLoad={false} onAlwaysLoad={vi.fn()} />, el);
    expect(el.querySelectorAll('img')).toHaveLength(0);
    expect([...el.querySelectorAll('[data-testid="reader-caption"]')].map((c) => c.textContent)).toEqual([images[0]!.caption, images[1]!.caption]);
    // The hostile caption is text, the javascript: and data: sources are never loaded.
    expect(el.querySelectorAll('[data-testid="reader-image-placeholder"]')).toHaveLength(1);
    const load = el.querySelector('[data-testid="reader-image-load"]') as HTMLButtonElement;
    expect(load.getAttribute('aria-label')).toContain('新桥通车当天');
    await act(() => load.click());
    const img = el.querySelector('img')!;
    expect(img.getAttribute('src')).toBe(images[0]!.src);
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('alt')).toBe(images[0]!.caption);
  });

  it('loads at once when the setting says always, and the switch reports changes', () => {
    const el = root();
    const onAlways = vi.fn();
    render(<ReaderImages images={images} alwaysLoad={true} onAlwaysLoad={onAlways} />, el);
    expect(el.querySelectorAll('img')).toHaveLength(1);
    (el.querySelector('[data-testid="reader-images-always"]') as HTMLInputElement).click();
    expect(onAlways).toHaveBeenCalledWith(false);
  });
});

describe('same-版面 navigation and the reader frame', () => {
  it('links 上一篇 and 下一篇 by id, says when there is none', () => {
    const el = root();
    render(<SamePageNav prev={null} next={{ id: 'http://a.cn/c_2.htm?x=1&y=2', title: '下一条新闻' }} href={(id) => `/reader.html?id=${encodeURIComponent(id)}`} />, el);
    const nav = el.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('本版文章');
    expect(el.querySelector('[data-testid="reader-prev"]')).toBeNull();
    expect(nav.textContent).toContain('本版第一篇');
    expect(el.querySelector('[data-testid="reader-next"]')!.getAttribute('href')).toBe('/reader.html?id=http%3A%2F%2Fa.cn%2Fc_2.htm%3Fx%3D1%26y%3D2');
  });

  it('has a skip link to the body, labelled meta and byline, and the given pictures and footer', () => {
    const el = root();
    render(<ReaderView parts={[sampleArticle()]} images={<p data-testid="imgs">x</p>} footer={<p data-testid="foot">y</p>} />, el);
    expect(el.querySelector('.skip-link')!.getAttribute('href')).toBe('#reader-body');
    expect(el.querySelector('#reader-body')!.getAttribute('tabindex')).toBe('-1');
    expect(el.querySelector('[data-testid="reader-byline"]')!.getAttribute('aria-label')).toBe('署名');
    expect(el.querySelector('article')!.getAttribute('aria-labelledby')).toBe('reader-title');
    expect(el.querySelector('[data-testid="imgs"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="foot"]')).not.toBeNull();
  });
});
