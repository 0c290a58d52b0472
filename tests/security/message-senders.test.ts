// The background's one message listener, fed every message by every kind of sender that must
// not send it: other extensions, our content scripts asking for extension-page actions, frames
// of another origin, extension pages framed in a web page, and private windows (default off).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleResult, contentSender, popupSender, send } from '@/entrypoints/background/test-helpers';
import { freshDb } from '@/lib/store/test-db';
import type { QubaoDb } from '@/lib/store/db';
import { setAllowPrivateCapture } from '@/lib/store/private-windows';
import { CONTENT_MESSAGES, CONTENT_URL, EXTENSION_PAGE_MESSAGES } from './valid-messages';

const parsePage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/parse', async (importOriginal) => ({ ...(await importOriginal<object>()), parsePage }));
const { createMessageListener } = await import('@/entrypoints/background/messages');

type Sender = Browser.runtime.MessageSender;
let db: QubaoDb;
let listener: ReturnType<typeof createMessageListener>;

beforeEach(() => {
  fakeBrowser.reset();
  parsePage.mockReset();
  parsePage.mockReturnValue(articleResult());
  db = freshDb();
  listener = createMessageListener(() => db);
});
afterEach(async () => db.delete());

const otherExtension = (s: Sender): Sender => ({ ...s, id: 'abcdefghijklmnopabcdefghijklmnop' });
const privateTab = (s: Sender): Sender => ({ ...s, tab: { ...s.tab!, incognito: true } as Browser.tabs.Tab });
/** Our popup page loaded inside a web page's tab (as an iframe). */
const framedExtensionPage = (): Sender => ({ ...popupSender(), tab: { id: 4, url: 'https://evil.example/' } as Browser.tabs.Tab });

async function libraryUnchanged(): Promise<void> {
  expect(await db.articles.count()).toBe(0);
  expect(await db.pages.count()).toBe(0);
  expect(await db.siteModes.count()).toBe(0);
  expect(await db.watchTopics.count()).toBe(0);
}

describe('extension-page messages refuse every other sender', () => {
  const senders: [string, () => Sender][] = [
    ['our content script', () => contentSender(CONTENT_URL)],
    ['another extension', () => otherExtension(popupSender())],
    ['an extension page framed in a web page', framedExtensionPage],
    ['a sender without id or url', () => ({})],
  ];
  for (const [type, msg] of Object.entries(EXTENSION_PAGE_MESSAGES)) {
    it.each(senders)(`${type} from %s`, async (_name, sender) => {
      const res = await send(listener, msg, sender());
      expect(res).toEqual({ ok: false, error: 'sender not allowed' });
      await libraryUnchanged();
    });
  }
});

describe('content-script messages refuse every other sender', () => {
  const senders: [string, () => Sender][] = [
    ['another extension', () => otherExtension(contentSender(CONTENT_URL))],
    ['no tab (a background or worker context)', () => ({ id: fakeBrowser.runtime.id, url: CONTENT_URL })],
    ['a tab with id -1 (not a real tab)', () => contentSender(CONTENT_URL, -1)],
    ['a sender url that is an extension page', () => ({ ...contentSender(CONTENT_URL), url: fakeBrowser.runtime.getURL('/popup.html') })],
    ['a sender url that is not http(s)', () => contentSender('file:///home/u/page.htm')],
  ];
  for (const [type, msg] of Object.entries(CONTENT_MESSAGES)) {
    it.each(senders)(`${type} from %s`, async (_name, sender) => {
      const res = await send(listener, msg, sender());
      expect(res).toEqual({ ok: false, error: 'sender not allowed' });
      expect(parsePage).not.toHaveBeenCalled();
      await libraryUnchanged();
    });
  }

  it('page/captured from a frame of another origin than the url it claims', async () => {
    const res = await send(listener, CONTENT_MESSAGES['page/captured'], contentSender('https://evil.example/frame.htm', 7, 3));
    expect(res).toEqual({ ok: false, error: 'sender not allowed' });
    await libraryUnchanged();
  });

  it('page/captured from a frame of the claimed origin is accepted', async () => {
    const res = await send(listener, CONTENT_MESSAGES['page/captured'], contentSender(CONTENT_URL, 7, 3));
    expect(res).toMatchObject({ ok: true });
    expect(await db.articles.count()).toBe(1);
  });
});

describe('private windows', () => {
  const captured = CONTENT_MESSAGES['page/captured']!;

  it('a private tab’s capture is neither parsed nor stored by default', async () => {
    const res = await send(listener, captured, privateTab(contentSender(CONTENT_URL)));
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining('private window') });
    expect(parsePage).not.toHaveBeenCalled();
    await libraryUnchanged();
  });

  it('is stored once the user allows private windows in options', async () => {
    await setAllowPrivateCapture(db, true);
    const res = await send(listener, captured, privateTab(contentSender(CONTENT_URL)));
    expect(res).toMatchObject({ ok: true });
    expect(await db.articles.count()).toBe(1);
  });

  it('only an explicit true allows it (a damaged setting is off)', async () => {
    await db.settings.put({ key: 'security.allowPrivateCapture', value: 'yes' });
    const res = await send(listener, captured, privateTab(contentSender(CONTENT_URL)));
    expect(res.ok).toBe(false);
  });

  it.each(['tab/save', 'layout/save', 'follow/start'])('%s for a private tab is refused by default', async (type) => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 3, incognito: true, url: CONTENT_URL } as never);
    const res = await send(listener, EXTENSION_PAGE_MESSAGES[type], popupSender());
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining('private window') });
    await libraryUnchanged();
    expect(await db.follows.count()).toBe(0);
    expect(await db.jobs.count()).toBe(0);
  });

  it('a normal tab’s capture is unaffected by the setting', async () => {
    const res = await send(listener, captured, contentSender(CONTENT_URL));
    expect(res).toMatchObject({ ok: true });
  });
});
