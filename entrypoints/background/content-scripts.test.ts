import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_ID } from '@/lib/store/keys';
import { CONTENT_SCRIPT_FILE, syncContentScripts } from './content-scripts';

let registered: { id: string; matches: string[] }[];

function mockApis(granted: string[], required: string[] = []) {
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: granted, permissions: [] } as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'q', version: '1', host_permissions: required } as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => registered as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (s) => {
    registered = (s as typeof registered).map((x) => ({ ...x }));
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (s) => {
    registered = (s as typeof registered).map((x) => ({ ...x }));
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async () => {
    registered = [];
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  registered = [];
});

describe('syncContentScripts', () => {
  it('registers the content script for granted web origins only', async () => {
    mockApis(['*://115.236.76.50/*', 'chrome://favicon/*']);
    expect(await syncContentScripts()).toEqual(['*://115.236.76.50/*']);
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: ['*://115.236.76.50/*'], allFrames: true, runAt: 'document_idle' }),
    ]);
  });

  it('adds the manifest hosts of an e2e build', async () => {
    mockApis([], ['http://127.0.0.1/*']);
    expect(await syncContentScripts()).toEqual(['http://127.0.0.1/*']);
  });

  it('updates an existing registration and unregisters when nothing is granted', async () => {
    mockApis(['*://a.example.cn/*']);
    await syncContentScripts();
    mockApis(['*://a.example.cn/*', '*://b.example.cn/*']);
    await syncContentScripts();
    expect(fakeBrowser.scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    expect(registered[0]?.matches).toEqual(['*://a.example.cn/*', '*://b.example.cn/*']);
    mockApis([]);
    await syncContentScripts();
    expect(registered).toEqual([]);
  });

  it('serialises concurrent syncs so a second register never races the first', async () => {
    mockApis(['*://a.example.cn/*']);
    await Promise.all([syncContentScripts(), syncContentScripts(), syncContentScripts()]);
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    // the later two found the registration up to date
    expect(fakeBrowser.scripting.updateContentScripts).not.toHaveBeenCalled();
  });
});
