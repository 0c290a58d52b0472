import { articleFingerprint } from '../../library/fingerprint';
import { migration001 } from './001-initial';
import type { Migration } from './types';

// Adds a content fingerprint so the same article reached through two URLs is stored once
// (save-page.ts looks it up before writing). Existing articles get theirs computed here.
export const migration002: Migration = {
  version: 2,
  stores: {
    articles: `${migration001.stores.articles}, fingerprint`,
  },
  upgrade: async (tx) => {
    await tx
      .table('articles')
      .toCollection()
      .modify((a: { title?: string; paragraphs?: string[]; parseStatus?: string; fingerprint?: string | null }) => {
        a.fingerprint = a.parseStatus === 'ok' ? articleFingerprint(a.title ?? '', a.paragraphs ?? []) : null;
      });
  },
};
