// Full backup across profiles in Chromium: a library built by the real extension (saved
// articles, their search index, a topic and its alerts, a site setting) is exported from the
// options page of one profile and imported on the options page of a fresh profile; then every
// record of every IndexedDB store of the first profile is in the second, equal, and the second
// holds nothing else but what it had made itself before the import. A bad file is refused with
// a message and changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, MAOHE, nth } from '../../demo/tools/site-papers';
import { waitFor } from './support/chromium';
import { ChromiumSession } from './support/chromium-session';
import { CHROME_BUILD_DIR } from './support/paths';

type Dump = Record<string, [string, string][]>;

/**
 * A profile's own bookkeeping, written by timers after a worker start and not part of the user's
 * records: the search index check's jobs row (8 s after a start) and the library counts' '#' rows
 * (when they were last verified, a stale flag). The import skips both kinds (counts are rebuilt from
 * the articles as they are written), so they are left out of every comparison here.
 */
function withoutBookkeeping(d: Dump): Dump {
  const out: Dump = {};
  for (const [store, rows] of Object.entries(d)) {
    out[store] = rows.filter(([k, v]) => !(store === 'libraryCounts' && k.startsWith('["#')) && !(store === 'jobs' && v.includes('"kind":"search-index-check"')));
  }
  return out;
}
const dump = async (page: Page): Promise<Dump> => withoutBookkeeping((await page.evaluate(DUMP_IDB_JS)) as Dump);

/** Every record of every store of the 'qubao' database, keys and values as canonical JSON (Dates, bytes, undefined tagged). */
const DUMP_IDB_JS = `(async () => {
  const db = await new Promise((res, rej) => { const r = indexedDB.open('qubao'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const out = {};
  function tag(k, v) {
    const raw = this[k];
    if (raw === undefined) return { $u: 1 };
    if (raw instanceof Date) return { $d: raw.getTime() };
    if (ArrayBuffer.isView(raw)) return { $b: Array.from(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)) };
    if (typeof raw === 'number' && !Number.isFinite(raw)) return { $n: String(raw) };
    return v;
  }
  await Promise.all(names.map((n) => new Promise((res, rej) => {
    const store = tx.objectStore(n);
    const values = store.getAll();
    const keys = store.getAllKeys();
    keys.onsuccess = () => { out[n] = keys.result.map((k, i) => [JSON.stringify(k, tag), JSON.stringify(values.result[i], tag)]); res(); };
    keys.onerror = () => rej(keys.error);
  })));
  db.close();
  return out;
})()`;

const count = (d: Dump) => Object.values(d).reduce((s, rows) => s + rows.length, 0);

describe('backup export → import into a fresh profile (Chromium)', () => {
  let server: DemoServer;
  let a: ChromiumSession;
  let b: ChromiumSession;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'qubao-backup-e2e-'));
    server = await startDemoServer();
    a = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: server.url });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function options(s: ChromiumSession): Promise<Page> {
    const page = await s.browser.context.newPage();
    await page.goto(`${s.extensionUrl}options.html`);
    await page.waitForSelector('[data-testid="backup-export"]');
    return page;
  }

  it('every record of the first profile arrives in the second, equal', async () => {
    const optA = await options(a);
    // A topic (so saving makes alerts) and a site setting, through the real options page and messages.
    const saved = await optA.evaluate(`chrome.runtime.sendMessage({ type: 'topic/save', topic: { name: '回迁', anyOf: ['回迁', '绿道'], scope: 'both', mode: 'word' } })`);
    expect(saved).toMatchObject({ ok: true });
    await optA.fill('[data-testid="site-add-input"]', 'http://blog.example.cn');
    await optA.selectOption('[data-testid="site-add-mode"]', 'off');
    await optA.click('[data-testid="site-add-button"]');
    await optA.waitForSelector('[data-testid="site-mode-row"]');

    const page1 = nth(JIANGWAN.pages, 0);
    const articles = [nth(page1.articles, 0), nth(page1.articles, 1), nth(page1.articles, 2)];
    for (const art of articles) await a.visit(`${issueDir(JIANGWAN)}/content_${art.id}.htm`);
    const gbk = nth(nth(MAOHE.pages, 0).articles, 0);
    await a.visit(`${issueDir(MAOHE)}/content_${gbk.id}.htm`);
    await a.waitForSaved((l) => l.rows.length >= 4, 'four saved articles');

    // Wait until the background is done (articles indexed, alerts written) and the data holds still.
    const dumpA = await waitFor(
      async () => {
        const first = await dump(optA);
        await optA.waitForTimeout(1500);
        const second = await dump(optA);
        return { first, same: JSON.stringify(first) === JSON.stringify(second) };
      },
      ({ first, same }) => same && (first.searchDocs?.length ?? 0) >= 4 && (first.topicAlerts?.length ?? 0) >= 1,
      'a settled, indexed library with alerts',
      40_000,
    ).then((r) => r.first);

    const [download] = await Promise.all([optA.waitForEvent('download'), optA.click('[data-testid="backup-export"]')]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^qubao-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await optA.waitForSelector('[data-testid="backup-message"] p');
    expect(JSON.stringify(await dump(optA))).toBe(JSON.stringify(dumpA));

    b = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: server.url });
    const optB = await options(b);
    const before = await dump(optB);
    expect(before.articles ?? []).toEqual([]);

    // A hostile file first: refused, with the reason, nothing written.
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'qubao-backup', version: 1, tables: { articles: { rows: 'x' } } }));
    await optB.setInputFiles('[data-testid="backup-file"]', bad);
    await waitFor(() => optB.textContent('[data-testid="backup-message"]'), (t) => /不是有效的区报备份/.test(t ?? ''), 'the bad-file message');
    expect(count(await dump(optB))).toBe(count(before));

    await optB.setInputFiles('[data-testid="backup-file"]', file);
    const message = await waitFor(() => optB.textContent('[data-testid="backup-message"]'), (t) => /已恢复/.test(t ?? ''), 'the import message', 30_000);
    expect(message).not.toMatch(/跳过/);
    const after = await dump(optB);

    // A row the fresh profile had already made for itself under the same key (its own start-up
    // state, e.g. which build opened the database) is kept: local wins in a merge.
    for (const [store, rows] of Object.entries(dumpA)) {
      const inB = new Map(after[store] ?? []);
      const own = new Map(before[store] ?? []);
      for (const [key, value] of rows) {
        if (own.has(key)) expect([value, own.get(key)], `${store} ${key}`).toContain(inB.get(key));
        else expect(inB.get(key), `${store} ${key}`).toBe(value);
      }
    }
    // Nothing else in the second profile but what it made itself.
    for (const [store, rows] of Object.entries(after)) {
      const known = new Set([...(dumpA[store] ?? []), ...(before[store] ?? [])].map(([k]) => k));
      expect(rows.filter(([k]) => !known.has(k)), store).toEqual([]);
    }
    expect(count(after)).toBeGreaterThanOrEqual(count(dumpA));

    // The popup of the second profile lists the restored articles.
    const list = await b.waitForSaved((l) => l.rows.length >= 4, 'restored articles in the popup');
    expect(list.rows.map((r) => r.title)).toEqual(expect.arrayContaining(articles.map((x) => x.title)));
  });
});
