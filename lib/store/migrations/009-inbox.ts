import type { Migration } from './types';

// The capture inbox (issue 8, durability). A page the content script sends is written here with
// strict durability before the background answers, and only then parsed, stored, indexed and
// matched against topics. A worker stopped (or a browser killed) at any point leaves the row,
// and the next worker start finishes it; the row goes once its articles are stored and settled.
// - `&id` is derived from the page (manual flag + hash of URL and HTML), so the same capture
//   sent twice, from two tabs or by a retrying content script, is one row.
// - `receivedAt` orders the resume; `nextAttemptAt` holds back a row whose write failed (quota)
//   until its backoff has passed.
// A new table only: nothing to carry over.
export const migration009: Migration = {
  version: 9,
  stores: {
    inbox: '&id, receivedAt, nextAttemptAt',
  },
};
