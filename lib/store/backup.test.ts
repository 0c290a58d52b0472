import { describe, expect, it } from 'vitest';
import { alertId } from '../alerts/alerts';
import { BACKUP_FORMAT, BackupFormatError, DEFAULT_BACKUP_LIMITS, exportBackup, importBackup } from './backup';
import { dumpEveryTable, seedEveryTable } from './backup-test-data';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';
import { freshDbsDeletedAfterEach } from './test-db';

const db = freshDbsDeletedAfterEach();

describe('full backup', () => {
  it('round trip into a fresh database: every record of every table equal', async () => {
    const from = db();
    await seedEveryTable(from);
    const text = await exportBackup(from, 42);
    const to = db();
    const report = await importBackup(to, text);
    const [a, b] = [await dumpEveryTable(from), await dumpEveryTable(to)];
    for (const t of from.tables) expect(a[t.name]!.length, `seeded ${t.name}`).toBeGreaterThan(0);
    expect(b).toStrictEqual(a);
    expect(report.skipped).toEqual({});
    expect(report.unknownTables).toEqual([]);
    const doc = JSON.parse(text) as { format: string; version: number; exportedAt: number; tables: Record<string, unknown> };
    expect(doc).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: 42 });
    expect(Object.keys(doc.tables).sort()).toEqual(from.tables.map((t) => t.name).sort());
  });

  it('importing twice adds nothing the second time', async () => {
    const from = db();
    await seedEveryTable(from);
    const text = await exportBackup(from);
    const to = db();
    await importBackup(to, text);
    const once = await dumpEveryTable(to);
    const second = await importBackup(to, text);
    expect(await dumpEveryTable(to)).toStrictEqual(once);
    expect(Object.values(second.added).reduce((s, n) => s + n, 0)).toBe(0);
  });

  it('merges into a library that has its own rows: ids remapped, references and alert ids rewritten', async () => {
    const from = db();
    await seedEveryTable(from, 'b');
    const to = db();
    await seedEveryTable(to, 'a'); // takes topic ids 2 and 5 and paper id 3 with other names
    const report = await importBackup(to, await exportBackup(from));
    const topics = await to.watchTopics.toArray();
    expect(topics.map((t) => t.name).sort()).toEqual(['养老a', '养老b', '新桥a', '新桥b']);
    const newBridge = topics.find((t) => t.name === '新桥b')!;
    expect(newBridge.id).not.toBe(2);
    const alerts = await to.topicAlerts.toArray();
    expect(alerts).toHaveLength(2);
    const imported = alerts.find((a) => a.topicName === '新桥b')!;
    expect(imported.topicId).toBe(newBridge.id);
    expect(imported.id).toBe(alertId(newBridge.id!, imported.articleId));
    const papers = await to.newspapers.toArray();
    const paperB = papers.find((p) => p.name === '江湾报b')!;
    expect(paperB.id).not.toBe(3);
    expect((await to.follows.toArray()).map((f) => [f.name, f.paperId]).sort()).toEqual([['江湾报a', 3], ['江湾报b', paperB.id]]);
    expect(report.added.articles).toBe(2);
    // The local search index is left as it was: the imported articles wait for the catch-up job.
    expect(await to.termStats.get('通车')).toEqual({ term: '通车', df: 1 });
    expect(await to.searchDocs.count()).toBe(1);
    // Local settings win over the backup's.
    expect((await to.settings.get(SETTINGS.userDictionary))?.value).toBe('江湾大桥 na');
  });

  it('a newer copy of an article replaces the older one, an older copy does not', async () => {
    const from = db();
    await seedEveryTable(from);
    const to = db();
    await seedEveryTable(to);
    const [first, second] = await from.articles.toArray();
    await from.articles.update(first!.id, { title: '新桥今日通车（更新）', updatedAt: first!.updatedAt + 1 });
    await to.articles.update(first!.id, { starred: 1 });
    await to.articles.update(second!.id, { title: '本地较新', updatedAt: second!.updatedAt + 5 });
    const report = await importBackup(to, await exportBackup(from));
    expect((await to.articles.get(first!.id))?.title).toBe('新桥今日通车（更新）');
    expect((await to.articles.get(second!.id))?.title).toBe('本地较新');
    expect(report.updated.articles).toBe(1);
  });

  it('rejects files that are not a usable backup, with reasons', async () => {
    const to = db();
    const cases: [string, RegExp][] = [
      ['not json', /not JSON/],
      ['[]', /not a Qubao backup/],
      [JSON.stringify({ format: 'other', version: 1, tables: {} }), /not a Qubao backup/],
      [JSON.stringify({ format: BACKUP_FORMAT, version: 99, tables: {} }), /newer/],
      [JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), /no tables/],
      [JSON.stringify({ format: BACKUP_FORMAT, version: 1, tables: { articles: { rows: 'x' } } }), /no rows/],
    ];
    for (const [text, reason] of cases) await expect(importBackup(to, text), text).rejects.toThrow(reason);
    await expect(importBackup(to, JSON.stringify({ format: BACKUP_FORMAT, version: 1, tables: {} }) + ' '.repeat(100), { ...DEFAULT_BACKUP_LIMITS, maxChars: 50 })).rejects.toBeInstanceOf(BackupFormatError);
    expect(await to.articles.count()).toBe(0);
  });

  it('skips hostile rows (wrong shapes, bad keys, dangling references) and imports the rest', async () => {
    const from = db();
    await seedEveryTable(from);
    const doc = JSON.parse(await exportBackup(from)) as { tables: Record<string, { rows: Record<string, unknown>[] }> };
    const good = doc.tables.articles!.rows[0]!;
    doc.tables.articles!.rows.push(
      { ...good, id: 'x1', reporters: 'not a list' },
      { ...good, id: { evil: 1 } },
      { ...good, id: 'x3', images: [{ src: 1 }] },
      { ...good, id: 'x4', title: { $q: 'function', v: 'alert(1)' } },
    );
    doc.tables.topicAlerts!.rows.push({ ...doc.tables.topicAlerts!.rows[0]!, id: 'dangling', topicId: 999 });
    (doc.tables as Record<string, unknown>).notATable = { rows: [{}] };
    const to = db();
    const report = await importBackup(to, JSON.stringify(doc));
    expect(report.skipped).toEqual({ articles: 4, topicAlerts: 1 });
    expect(report.unknownTables).toEqual(['notATable']);
    expect(await to.articles.count()).toBe(2);
    expect(await to.topicAlerts.count()).toBe(1);
  });
});
