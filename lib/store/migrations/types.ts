import type { Transaction } from 'dexie';

/** One numbered schema step. Keep every old step that has an upgrade: Dexie replays them for old databases. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
