// @vitest-environment happy-dom
// An imported backup is hostile input: it may carry XSS payloads (kept as text, rendered as
// text), javascript: URLs (never linked), a switched-on private-window setting (dropped), a
// running save job (kept as history, never resumed), prototype keys.
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReaderView } from '@/components/reader-view';
import { exportBackup, importBackup } from '@/lib/store/backup';
import type { QubaoDb } from '@/lib/store/db';
import { getAllowPrivateCapture, setAllowPrivateCapture } from '@/lib/store/private-windows';
import { SETTINGS } from '@/lib/store/keys';
import { freshDb } from '@/lib/store/test-db';
import type { ArticleRecord } from '@/lib/store/types';
import { hostileArticle } from './hostile-backup';
import { xssPayloads } from './xss-payloads';

const payloads = xssPayloads('http://127.0.0.1:9');
let source: QubaoDb;
let target: QubaoDb;
beforeEach(() => {
  source = freshDb();
  target = freshDb();
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

async function hostileBackup(): Promise<string> {
  await source.articles.bulkAdd(Array.from({ length: 60 }, (_, i) => hostileArticle(`x${i}`, payloads, i * 12)) as unknown as ArticleRecord[]);
  await setAllowPrivateCapture(source, true);
  await source.settings.put({ key: SETTINGS.readerLoadImages, value: true });
  await source.jobs.add({ kind: 'save-layout', status: 'running', payload: { pageUrl: 'http://127.0.0.1:9/x' }, createdAt: 1, updatedAt: 1, error: null } as never);
  await source.inbox.put({ id: 'a:1', url: 'http://a.cn/x', title: 't', html: '<p>x</p>', tabId: 1, manual: 0, stage: 'received', articleIds: [], status: null, receivedAt: 1 } as never);
  return exportBackup(source);
}

describe('importing a hostile backup', () => {
  it('keeps every payload as the same text and renders it as text, with no link to a javascript: URL', async () => {
    await importBackup(target, await hostileBackup());
    const rows = await target.articles.toArray();
    expect(rows).toHaveLength(60);
    const el = document.createElement('div');
    for (const a of rows) {
      expect(a.title).toBe((await source.articles.get(a.id))!.title);
      render(h(ReaderView, { parts: [a] }), el);
      expect(el.querySelector('[data-testid="reader-title"]')!.textContent).toBe(a.title);
      expect(el.querySelectorAll('script, img, svg, iframe, object, embed, style, math, [onerror], [onload]')).toHaveLength(0);
      expect(el.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
      render(null, el);
    }
  });

  it('does not switch on saving from private windows, nor loading pictures without a click', async () => {
    await importBackup(target, await hostileBackup());
    expect(await getAllowPrivateCapture(target)).toBe(false);
    expect(await target.settings.get(SETTINGS.readerLoadImages)).toBeUndefined();
  });

  it('keeps an unfinished save job as history but never resumable', async () => {
    const report = await importBackup(target, await hostileBackup());
    const jobs = await target.jobs.toArray();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.status).toBe('cancelled');
    expect(await target.jobs.where('status').equals('running').count()).toBe(0);
    expect(report.skipped.settings).toBe(2);
  });

  it('does not pollute prototypes through __proto__ keys in rows', async () => {
    const text = (await hostileBackup()).replace('"otherCredits":{}', '"otherCredits":{"__proto__":{"polluted":["yes"]}}');
    expect(text).toContain('__proto__');
    await importBackup(target, text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});
