import { QubaoDb } from './db';

let n = 0;
/** A fresh database per test (fake-indexeddb is set up in vitest.config.ts). */
export function freshDb(): QubaoDb {
  n += 1;
  return new QubaoDb(`qubao-test-${Date.now()}-${n}`);
}
