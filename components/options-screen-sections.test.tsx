// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { BackupSection } from './options-screen-backup';
import { LanguageSection, SiteModesSection, StorageSection, formatBytes, originOf } from './options-screen-sections';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

describe('options sections', () => {
  it('reads origins people type; only http(s)', () => {
    expect(originOf('epaper.example.cn/html/x.htm')).toBe('https://epaper.example.cn');
    expect(originOf(' http://127.0.0.1:8080/a ')).toBe('http://127.0.0.1:8080');
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('')).toBeNull();
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(300 * 1024 ** 3)).toBe('300 GB');
  });

  it('site modes: change, remove, add with a labelled select; a bad address is refused with an alert', async () => {
    const el = root();
    const props = { modes: [{ origin: 'http://a.example.cn', mode: 'ask' as const }], defaultMode: 'auto' as const, onDefault: vi.fn(), onSet: vi.fn(), onRemove: vi.fn() };
    render(<SiteModesSection {...props} />, el);
    const select = el.querySelector('[data-testid="site-mode-select"]') as HTMLSelectElement;
    expect(select.getAttribute('aria-label')).toContain('http://a.example.cn');
    select.value = 'off';
    select.dispatchEvent(new Event('change'));
    expect(props.onSet).toHaveBeenCalledWith('http://a.example.cn', 'off');
    (el.querySelector('[aria-label*="移除"]') as HTMLButtonElement).click();
    expect(props.onRemove).toHaveBeenCalledWith('http://a.example.cn');
    const input = el.querySelector('[data-testid="site-add-input"]') as HTMLInputElement;
    await act(() => {
      input.value = 'javascript:alert(1)';
      input.dispatchEvent(new Event('input'));
    });
    await act(() => (el.querySelector('[data-testid="site-add-button"]') as HTMLButtonElement).click());
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('http://');
    await act(() => {
      input.value = 'b.example.cn';
      input.dispatchEvent(new Event('input'));
    });
    await act(() => (el.querySelector('[data-testid="site-add-button"]') as HTMLButtonElement).click());
    expect(props.onSet).toHaveBeenLastCalledWith('https://b.example.cn', 'ask');
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it('storage: usage and quota, the persist button only while not persisted', () => {
    const el = root();
    const onPersist = vi.fn();
    render(<StorageSection estimate={{ usage: 2 * 1024 ** 2, quota: 10 * 1024 ** 3 }} persisted={false} persistDenied={false} onPersist={onPersist} />, el);
    expect(el.querySelector('[data-testid="storage-usage"]')!.textContent).toContain('2.0 MB');
    (el.querySelector('[data-testid="persist-button"]') as HTMLButtonElement).click();
    expect(onPersist).toHaveBeenCalled();
    render(<StorageSection estimate={null} persisted={true} persistDenied={false} onPersist={onPersist} />, el);
    expect(el.querySelector('[data-testid="persist-button"]')).toBeNull();
  });

  it('backup: buttons, the picked file goes to onImport, messages in a live region', () => {
    const el = root();
    const onImport = vi.fn();
    render(<BackupSection busy={false} message={{ kind: 'error', lines: ['这不是有效的区报备份文件'] }} onExport={vi.fn()} onImport={onImport} />, el);
    const status = el.querySelector('[data-testid="backup-message"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.className).toBe('form-error');
    expect(status.textContent).toContain('不是有效');
    const file = el.querySelector('[data-testid="backup-file"]') as HTMLInputElement;
    Object.defineProperty(file, 'files', { value: [new File(['{}'], 'b.json')] });
    file.dispatchEvent(new Event('change'));
    expect(onImport).toHaveBeenCalledTimes(1);
    render(<BackupSection busy={true} message={null} onExport={vi.fn()} onImport={onImport} />, el);
    expect((el.querySelector('[data-testid="backup-export"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('language: three labelled choices', () => {
    const el = root();
    const onChange = vi.fn();
    render(<LanguageSection value="en" onChange={onChange} />, el);
    expect((el.querySelector('[data-testid="language-en"]') as HTMLInputElement).checked).toBe(true);
    (el.querySelector('[data-testid="language-zh_CN"]') as HTMLInputElement).click();
    expect(onChange).toHaveBeenCalledWith('zh_CN');
  });
});
