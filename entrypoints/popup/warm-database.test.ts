import { afterEach, describe, expect, it } from 'vitest';
import { warmDatabase } from './warm-database';

const names: string[] = [];
const fresh = () => {
  const n = `warm-test-${names.length}-${Date.now()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await new Promise((done) => Object.assign(indexedDB.deleteDatabase(n), { onsuccess: done, onerror: done }));
});
const settle = () => new Promise((r) => setTimeout(r, 50));
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

function open(name: string, version: number, stores: string[] = []): Promise<IDBDatabase> {
  return new Promise((ok, no) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => stores.forEach((s) => req.result.objectStoreNames.contains(s) || req.result.createObjectStore(s));
    req.onsuccess = () => ok(req.result);
    req.onerror = () => no(req.error);
    req.onblocked = () => no(new Error('blocked'));
  });
}

describe('warmDatabase', () => {
  it('never creates the database: the schema is Dexie’s to make', async () => {
    const name = fresh();
    warmDatabase(name);
    await settle();
    expect(await exists(name)).toBe(false);
    const db = await open(name, 3, ['articles']);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames]).toEqual(['articles']);
    db.close();
  });

  it('opens an existing database and gives way to an upgrade', async () => {
    const name = fresh();
    (await open(name, 1, ['articles'])).close();
    warmDatabase(name, 60_000);
    await settle();
    const upgraded = await open(name, 2, ['articles', 'marks']);
    expect([...upgraded.objectStoreNames].sort()).toEqual(['articles', 'marks']);
    upgraded.close();
  });
});
