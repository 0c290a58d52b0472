import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeEvent } from './test-helpers';

// jieba's start is observed, not run: a promise that never settles shows main() does not wait for it.
const initJieba = vi.hoisted(() => vi.fn(() => new Promise(() => {})));
vi.mock('@/lib/text/jieba', async (importOriginal) => ({ ...(await importOriginal<object>()), initJieba }));
const { default: background } = await import('./index');

const onAdded = fakeEvent<[{ origins?: string[] }]>();

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  (fakeBrowser.permissions as any).onAdded = onAdded;
  (fakeBrowser.permissions as any).onRemoved = fakeEvent();
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] } as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'q', version: '1' } as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue();
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue();
});

describe('background main', () => {
  it('is an ES module background and wires its listeners synchronously', () => {
    expect(background.type).toBe('module');
    const before = fakeBrowser.runtime.onMessage.hasListeners();
    background.main();
    expect(before).toBe(false);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    // and re-checks the registration at every start
    return vi.waitFor(() => expect(fakeBrowser.permissions.getAll).toHaveBeenCalled());
  });

  it('listens for messages at once and starts jieba after the registration check, without waiting for it', async () => {
    initJieba.mockClear();
    background.main();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    await vi.waitFor(() => expect(initJieba).toHaveBeenCalledTimes(1));
    expect(fakeBrowser.scripting.getRegisteredContentScripts).toHaveBeenCalled();
  });

  it('opens the welcome page on install only', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false } as never);
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.includes('/options.html?welcome=1'));
    expect(await welcomeTabs()).toHaveLength(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await vi.waitFor(async () => expect(await welcomeTabs()).toHaveLength(1));
  });

  it('re-registers the content script when a host permission is granted', async () => {
    background.main();
    vi.mocked(fakeBrowser.permissions.getAll).mockResolvedValue({ origins: ['*://a.example.cn/*'], permissions: [] } as never);
    await onAdded.trigger({ origins: ['*://a.example.cn/*'] });
    await vi.waitFor(() => expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ matches: ['*://a.example.cn/*'] })]));
  });
});
