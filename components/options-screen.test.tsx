// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { OptionsScreen } from './options-screen';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

describe('OptionsScreen', () => {
  it('welcomes on first run with the one-click enable', () => {
    const el = root();
    const actions = { enableKnown: vi.fn(), enableAll: vi.fn(), removeSite: vi.fn() };
    render(<OptionsScreen welcome sites={[]} knownEnabled={false} allEnabled={false} notice={null} actions={actions} />, el);
    expect(el.querySelector('h1')!.textContent).toBe('欢迎使用区报');
    (el.querySelector('[data-testid="enable-known-button"]') as HTMLElement).click();
    (el.querySelector('[data-testid="enable-all-button"]') as HTMLElement).click();
    expect(actions.enableKnown).toHaveBeenCalled();
    expect(actions.enableAll).toHaveBeenCalled();
  });

  it('lists granted sites with a remove button', () => {
    const el = root();
    const actions = { enableKnown: vi.fn(), enableAll: vi.fn(), removeSite: vi.fn() };
    render(<OptionsScreen welcome={false} sites={['*://a.example.cn/*']} knownEnabled allEnabled={false} notice={null} actions={actions} />, el);
    expect(el.querySelector('[data-testid="enable-known-button"]')).toBeNull();
    (el.querySelector('.sites button') as HTMLElement).click();
    expect(actions.removeSite).toHaveBeenCalledWith('*://a.example.cn/*');
  });
});
