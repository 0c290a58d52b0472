// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { PopupScreen, type PopupScreenProps } from './popup-screen';
import { statusLines, type TabView } from './tab-status-panel';
import { sampleArticle } from './test-data';

const root = () => document.body.appendChild(document.createElement('div'));
const q = (el: Element, id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
afterEach(() => (document.body.innerHTML = ''));

const webTab: TabView = { tabId: 4, url: 'http://115.236.76.50:8080/x/node_2.htm', origin: 'http://115.236.76.50:8080', enabled: false, status: null, mode: 'auto' };

function props(over: Partial<PopupScreenProps> = {}): PopupScreenProps {
  return {
    articles: [],
    tab: webTab,
    knownEnabled: false,
    busy: false,
    notice: null,
    actions: { openArticle: vi.fn(), savePage: vi.fn(), enableSite: vi.fn(), enableKnown: vi.fn(), setMode: vi.fn() },
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
    render(<PopupScreen {...props({ articles: [sampleArticle(), sampleArticle({ id: 'b', title: '第二篇' })] })} />, el);
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
});
