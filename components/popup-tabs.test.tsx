// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { PopupTabs } from './popup-tabs';

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('PopupTabs', () => {
  it('is one tab stop whose arrow keys select the next tab, with the panel labelled by its tab', () => {
    const el = document.body.appendChild(document.createElement('div'));
    const onSelect = vi.fn();
    render(<PopupTabs active="articles" unread={3} onSelect={onSelect}><p>内容</p></PopupTabs>, el);
    const tabs = [...el.querySelectorAll('[role="tab"]')] as HTMLElement[];
    expect(tabs.map((x) => x.tabIndex)).toEqual([0, -1, -1]);
    expect(el.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(tabs[1]!.getAttribute('aria-controls')).toBe('popup-tabpanel');
    tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith('alerts');
    tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith('follow');
    tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith('follow');
    expect(el.querySelector('[data-testid="unread-count"]')!.textContent).toBe('3');
  });
});
