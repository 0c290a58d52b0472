import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const body = ['区里今天召开会议，部署今年的河道整治工作，要求各街镇在六月底前完成排查。'];

describe('migration 002 (article fingerprint)', () => {
  it('computes fingerprints for articles saved under version 1 and indexes them', async () => {
    const name = `mig-002-${Date.now()}`;
    const v1 = new QubaoDb(name, MIGRATIONS.slice(0, 1));
    await v1.table('articles').bulkPut([
      { id: 'a', title: '河道整治', paragraphs: body, parseStatus: 'ok', savedAt: 1 },
      { id: 'b', title: '某报', paragraphs: [], parseStatus: 'failed', rawText: '原文', savedAt: 2 },
    ]);
    v1.close();

    db = new QubaoDb(name, MIGRATIONS.slice(0, 2));
    await db.open();
    expect(db.verno).toBe(2);
    const a = await db.articles.get('a');
    expect(a?.fingerprint).toMatch(/^河道整治\|区里今天召开会议/);
    expect((await db.articles.get('b'))?.fingerprint).toBeNull();
    expect((await db.articles.where('fingerprint').equals(a!.fingerprint!).toArray()).map((x) => x.id)).toEqual(['a']);
  });
});
