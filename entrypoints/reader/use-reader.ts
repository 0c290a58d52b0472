import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { getArticle, openQubaoDb, setArticleRead } from '@/lib/store';
import type { ArticleRecord } from '@/lib/store/types';

/** The article named by ?id= (undefined while loading, null when missing); marks it read once shown. */
export function useReader(): ArticleRecord | null | undefined {
  const [article, setArticle] = useState<ArticleRecord | null | undefined>(undefined);
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('id');
    if (!id) {
      setArticle(null);
      return;
    }
    const db = openQubaoDb();
    // Direct read first; liveQuery then follows later changes (see use-popup.ts).
    getArticle(db, id).then((a) => setArticle((cur) => (cur === undefined ? (a ?? null) : cur)), () => undefined);
    const sub = liveQuery(() => getArticle(db, id)).subscribe({
      next: (a) => {
        setArticle(a ?? null);
        if (a) document.title = a.title;
        if (a && !a.read) void setArticleRead(db, id, true);
      },
      error: () => setArticle(null),
    });
    return () => sub.unsubscribe();
  }, []);
  return article;
}
