import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { openQubaoDb, readArticleParts, setArticleRead } from '@/lib/store';
import type { ArticleRecord } from '@/lib/store/types';

/**
 * The article named by ?id= with every saved part of a continued article, in reading order
 * (undefined while loading, null when missing); marks the parts read once shown.
 */
export function useReader(): ArticleRecord[] | null | undefined {
  const [parts, setParts] = useState<ArticleRecord[] | null | undefined>(undefined);
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('id');
    if (!id) {
      setParts(null);
      return;
    }
    const db = openQubaoDb();
    // Direct read first; liveQuery then follows later changes (see use-popup.ts), such as the
    // other part of a continued article being saved while the reader is open.
    readArticleParts(db, id).then((p) => setParts((cur) => (cur === undefined ? p : cur)), () => undefined);
    const sub = liveQuery(() => readArticleParts(db, id)).subscribe({
      next: (p) => {
        setParts(p);
        if (p?.[0]) document.title = p[0].title;
        for (const a of p ?? []) if (!a.read) void setArticleRead(db, a.id, true);
      },
      error: () => setParts(null),
    });
    return () => sub.unsubscribe();
  }, []);
  return parts;
}
