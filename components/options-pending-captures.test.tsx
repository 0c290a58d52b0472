// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PendingCapture } from '@/lib/store/inbox-view';
import { PendingCapturesSection, type PendingCapturesProps } from './options-pending-captures';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

const capture = (over: Partial<PendingCapture>): PendingCapture => ({
  id: 'a:1',
  url: 'http://epaper.example.cn/content_9.htm',
  title: '新桥通车',
  receivedAt: 1,
  attempts: 10,
  error: 'QuotaExceededError: full',
  state: 'stopped',
  retryAt: null,
  stored: false,
  htmlChars: 100,
  ...over,
});
const props = (over: Partial<PendingCapturesProps>): PendingCapturesProps => ({
  pending: [],
  newerDatabase: null,
  notice: null,
  busyId: null,
  onRetry: vi.fn(),
  onDownload: vi.fn(),
  onDiscard: vi.fn(),
  ...over,
});
const button = (el: Element, text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('PendingCapturesSection', () => {
  it('shows nothing when nothing waits', () => {
    const el = root();
    render(<PendingCapturesSection {...props({})} />, el);
    expect(el.innerHTML).toBe('');
  });

  it('lists a stopped page with its reason as text, and retries, downloads and (after confirming) discards it', async () => {
    const el = root();
    const p = props({ pending: [capture({ title: '<img src=x onerror=alert(1)>' })] });
    render(<PendingCapturesSection {...p} />, el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(el.textContent).toContain('已停止自动重试（试过 10 次）');
    expect(el.textContent).toContain('原因：QuotaExceededError: full');
    button(el, '重试').click();
    expect(p.onRetry).toHaveBeenCalledWith('a:1');
    button(el, '另存原页面').click();
    expect(p.onDownload).toHaveBeenCalledWith('a:1');
    await act(() => button(el, '放弃').click());
    expect(p.onDiscard).not.toHaveBeenCalled();
    await act(() => button(el, '取消').click());
    await act(() => button(el, '放弃').click());
    button(el, '确定放弃（不存入文库）').click();
    expect(p.onDiscard).toHaveBeenCalledWith('a:1');
  });

  it('offers no discard or download for a page whose articles are already stored', () => {
    const el = root();
    render(<PendingCapturesSection {...props({ pending: [capture({ stored: true, htmlChars: 0, state: 'working', attempts: 0, error: null })] })} />, el);
    expect(el.textContent).toContain('文章已存入文库');
    expect(button(el, '放弃')).toBeUndefined();
    expect(button(el, '另存原页面')).toBeUndefined();
  });

  it('says why nothing is saved when the database belongs to a newer build', () => {
    const el = root();
    render(<PendingCapturesSection {...props({ newerDatabase: '资料库由较新版本的区报创建' })} />, el);
    expect(el.querySelector('[data-testid="newer-database"]')!.textContent).toContain('较新版本');
  });
});
