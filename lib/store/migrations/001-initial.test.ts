import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

describe('migration 001 (initial schema)', () => {
  it('creates every table with the indexes later work relies on', async () => {
    db = new QubaoDb(`mig-001-${Date.now()}`, MIGRATIONS.slice(0, 1));
    await db.open();
    expect(db.verno).toBe(1);
    const names = db.tables.map((t) => t.name).sort();
    expect(names).toEqual(['alerts', 'articles', 'editions', 'jobs', 'newspapers', 'pages', 'settings', 'siteModes', 'topics']);
    const idx = Object.fromEntries(db.articles.schema.indexes.map((i) => [i.name, i]));
    expect(idx.terms?.multi).toBe(true);
    expect(idx.keywords?.multi).toBe(true);
    expect(idx['[paperName+date]']?.compound).toBe(true);
    expect(db.articles.schema.primKey.auto).toBe(false);
  });

  it('finds articles containing a term through the multiEntry index', async () => {
    db = new QubaoDb(`mig-001b-${Date.now()}`, MIGRATIONS.slice(0, 1));
    await db.table('articles').bulkPut([
      { id: 'a', savedAt: 1, terms: ['河道', '整治'] },
      { id: 'b', savedAt: 2, terms: ['学校'] },
    ]);
    expect((await db.articles.where('terms').equals('整治').toArray()).map((a) => a.id)).toEqual(['a']);
  });
});

describe('migration registry', () => {
  // Numbers are handed out to parallel work in advance (005 search, 006 alerts), so one may be
  // listed before an earlier one lands; Dexie needs them increasing, not contiguous.
  it('numbers steps in increasing order, starting at 1', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]!));
  });

  it('opens an existing database at the latest version', async () => {
    const name = `mig-reg-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(MIGRATIONS[0]!.stores);
    await old.open();
    old.close();
    db = new QubaoDb(name);
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
  });
});
