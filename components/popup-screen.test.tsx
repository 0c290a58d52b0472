// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { PopupScreen, type PopupScreenProps } from './popup-screen';
import { statusLines, type TabView } from './tab-status-panel';
import { sampleArticle, sampleEntry } from './test-data';
import { libraryModel } from './library/library-test-model';

const root = () => document.body.appendChild(document.createElement('div'));
const q = (el: Element, id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
afterEach(() => (document.body.innerHTML = ''));

const webTab: TabView = { tabId: 4, url: 'http://115.236.76.50:8080/x/node_2.htm', origin: 'http://115.236.76.50:8080', enabled: false, status: null, mode: 'auto' };

function props(over: Partial<PopupScreenProps> = {}): PopupScreenProps {
  return {
    library: libraryModel(),
    tab: webTab,
    knownEnabled: false,
    busy: false,
    notice: null,
    job: null,
    actions: { openArticle: vi.fn(), savePage: vi.fn(), enableSite: vi.fn(), enableKnown: vi.fn(), setMode: vi.fn(), saveLayout: vi.fn(), cancelJob: vi.fn() },
    ...over,
  };
}

describe('PopupScreen', () => {
  it('explains what to do when nothing is saved, with the enable button', () => {
    const el = root();
    const p = props();
    render(<PopupScreen {...p} />, el);
    expect(q(el, 'empty-state')!.textContent).toContain('还没有保存的文章。打开一份区报电子版，区报会自动识别并保存文章。');
    q(el, 'enable-known-button')!.click();
    expect(p.actions.enableKnown).toHaveBeenCalled();
  });

  it('hides the enable button once the known sites are enabled, and lists articles', () => {
    const el = root();
    render(<PopupScreen {...props({ knownEnabled: true })} />, el);
    expect(q(el, 'enable-known-button')).toBeNull();
    render(<PopupScreen {...props({ library: libraryModel({ total: 2, entries: [sampleEntry(), sampleEntry(sampleArticle({ id: 'b', title: '第二篇' }))] }) })} />, el);
    expect(el.querySelectorAll('[data-testid="article-row"]')).toHaveLength(2);
    expect(q(el, 'empty-state')).toBeNull();
  });

  it('offers save and enable on a site that is not enabled', () => {
    const el = root();
    const p = props();
    render(<PopupScreen {...p} />, el);
    expect(q(el, 'tab-status')!.textContent).toContain('本站未启用');
    q(el, 'save-page-button')!.click();
    q(el, 'enable-site-button')!.click();
    expect(p.actions.savePage).toHaveBeenCalled();
    expect(p.actions.enableSite).toHaveBeenCalled();
  });

  it('shows the detection state and reasons of an enabled site', () => {
    const el = root();
    const status = { url: webTab.url!, kind: 'layout' as const, reasons: ['node_ URL', 'image map'], confidence: 0.9, savedCount: 0, layoutSaved: true, awaitingSave: false, error: null, paperName: null, at: 0 };
    render(<PopupScreen {...props({ tab: { ...webTab, enabled: true, status } })} />, el);
    const text = q(el, 'tab-status')!.textContent!;
    expect(text).toContain('本页是版面页');
    expect(text).toContain('依据：node_ URL；image map');
    expect(q(el, 'enable-site-button')).toBeNull();
  });

  it('offers nothing to do on a browser page', () => {
    const el = root();
    render(<PopupScreen {...props({ tab: { ...webTab, url: 'chrome://newtab/', origin: null } })} />, el);
    expect(q(el, 'save-page-button')).toBeNull();
    expect(statusLines({ ...webTab, origin: null })).toEqual(['这个页面不是网页，区报无法读取。']);
  });

  it('offers to save the 版面 page and the whole issue with the counts of the parsed layout', () => {
    const el = root();
    const p = props();
    const status = { url: webTab.url!, kind: 'layout' as const, reasons: [], confidence: 1, savedCount: 0, layoutSaved: true, awaitingSave: false, error: null, paperName: null, at: 0, layout: { articleCount: 6, pageCount: 8, origins: [webTab.origin!] } };
    render(<PopupScreen {...p} tab={{ ...webTab, enabled: true, status }} />, el);
    expect(q(el, 'save-layout-button')!.textContent).toBe('保存本版全部文章（6 篇）');
    expect(q(el, 'save-issue-button')!.textContent).toBe('保存整期（8 个版面）');
    q(el, 'save-layout-button')!.click();
    q(el, 'save-issue-button')!.click();
    expect(vi.mocked(p.actions.saveLayout).mock.calls).toEqual([['page'], ['issue']]);
    // a one-page issue has nothing more to save than the page
    render(<PopupScreen {...p} tab={{ ...webTab, enabled: true, status: { ...status, layout: { articleCount: 2, pageCount: 1, origins: [] } } }} />, el);
    expect(q(el, 'save-issue-button')).toBeNull();
  });

  it('shows a running job with its counts, current article and a cancel button', () => {
    const el = root();
    const p = props();
    const job = { id: 4, scope: 'issue' as const, status: 'running' as const, done: 3, total: 10, failed: 1, current: '新桥今日通车', error: null };
    render(<PopupScreen {...p} job={job} />, el);
    expect(q(el, 'job-progress')!.textContent).toContain('已完成 3/10 篇，失败 1 篇');
    expect(q(el, 'job-current')!.textContent).toBe('正在保存：新桥今日通车');
    q(el, 'job-cancel')!.click();
    expect(p.actions.cancelJob).toHaveBeenCalledWith(4);
    render(<PopupScreen {...p} job={{ ...job, status: 'done', done: 9 }} />, el);
    expect(q(el, 'job-cancel')).toBeNull();
    expect(q(el, 'job-progress')!.textContent).toContain('已全部处理完毕');
  });
});
