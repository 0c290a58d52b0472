import { afterEach } from 'vitest';
import { QubaoDb } from './db';

let n = 0;
/** A fresh database per test (fake-indexeddb is set up in vitest.config.ts). */
export function freshDb(): QubaoDb {
  n += 1;
  return new QubaoDb(`qubao-test-${Date.now()}-${n}`);
}

/**
 * A maker of fresh databases for tests that open several: each one made is deleted after every
 * test. Call at the top of a test file (it registers the afterEach there).
 */
export function freshDbsDeletedAfterEach(): () => QubaoDb {
  const opened: QubaoDb[] = [];
  afterEach(async () => {
    for (const d of opened.splice(0)) await d.delete();
  });
  return () => {
    const d = freshDb();
    opened.push(d);
    return d;
  };
}
