// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { WordListEditor } from './keywords-word-list';

afterEach(() => (document.body.innerHTML = ''));

describe('WordListEditor', () => {
  it('adds the typed word, trimmed, and removes a listed one', async () => {
    const el = document.body.appendChild(document.createElement('div'));
    const onAdd = vi.fn();
    const onRemove = vi.fn();
    render(<WordListEditor heading="自定义词典" hint="" testId="dictionary" words={['建发观唐府']} onAdd={onAdd} onRemove={onRemove} />, el);
    const input = el.querySelector('[data-testid="dictionary-input"]') as HTMLInputElement;
    input.value = '  张堰镇 ';
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onAdd).toHaveBeenCalledWith('张堰镇');
    (el.querySelector('[data-testid="dictionary-word"] button') as HTMLButtonElement).click();
    expect(onRemove).toHaveBeenCalledWith('建发观唐府');
  });
});
