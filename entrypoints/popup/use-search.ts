import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { SearchQueryResponse, SetHighlightMessage } from '@/lib/protocol';
import { openQubaoDb } from '@/lib/store';
import { latestIndexJob } from '@/lib/store/search-job';
import { getPageHighlight, setPageHighlight } from '@/lib/store/search-settings';
import { MAX_RESULTS, type IndexProgressView, type SearchView } from '@/components/search-panel';
import { initialSearch } from './first-paint';

export const SEARCH_DEBOUNCE_MS = 200;
// A popup shows a handful of results; each costs its snippet (segmenting around the match), so
// the first answer carries 20 and 显示更多 asks for 20 more.
export const RESULT_PAGE = 20;

export interface PopupSearch {
  search: SearchView;
  indexing: IndexProgressView | null;
  highlightOn: boolean | null;
  actions: {
    setQuery: (q: string) => void;
    showMore: () => void;
    setHighlight: (on: boolean) => void;
  };
}

/**
 * The popup's search (answered by the background, which has jieba warm), the indexing job's
 * progress, and the page-highlight switch. ?q= pre-fills the query (the reader's place chips
 * open the library that way).
 */
export function useSearch(tabId: number | null): PopupSearch {
  const [search, setSearch] = useState<SearchView>(initialSearch);
  const [indexing, setIndexing] = useState<IndexProgressView | null>(null);
  const [highlightOn, setHighlightOn] = useState<boolean | null>(null);
  const [limit, setLimit] = useState(RESULT_PAGE);
  const seq = useRef(0);
  const shownQuery = useRef<string | null>(null);

  useEffect(() => {
    const query = search.query;
    const mine = ++seq.current;
    if (!query.trim()) return;
    // Results as you type, but one request per pause rather than per keystroke; more of the
    // same query at once.
    const more = shownQuery.current === query;
    const timer = setTimeout(() => {
      browser.runtime.sendMessage({ type: 'search/query', query, limit }).then(
        (res: SearchQueryResponse) => {
          if (mine !== seq.current) return; // a later query is on its way
          shownQuery.current = query;
          setSearch((s) => (res?.ok ? { ...s, hits: res.hits, total: res.total, exact: res.exact, error: null } : { ...s, hits: null, error: res?.error ?? 'no answer' }));
        },
        (e: unknown) => mine === seq.current && setSearch((s) => ({ ...s, hits: null, error: String(e) })),
      );
    }, more ? 0 : SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search.query, limit]);

  useEffect(() => {
    const db = openQubaoDb();
    getPageHighlight(db).then(setHighlightOn, () => setHighlightOn(true));
    const sub = liveQuery(() => latestIndexJob(db)).subscribe({
      next: (job) => setIndexing(job?.status === 'running' ? { done: job.payload.done, total: job.payload.total } : null),
      error: () => setIndexing(null),
    });
    return () => sub.unsubscribe();
  }, []);

  // Earlier hits stay shown until the new query's answer replaces them.
  const setQuery = useCallback((query: string) => {
    setLimit(RESULT_PAGE);
    setSearch((s) => ({ ...s, query }));
  }, []);
  const showMore = useCallback(() => setLimit((n) => Math.min(MAX_RESULTS, n + RESULT_PAGE)), []);

  const setHighlight = useCallback(
    (on: boolean) => {
      setHighlightOn(on);
      void setPageHighlight(openQubaoDb(), on);
      // The page's content script draws or clears at once; pages opened later read the setting.
      const msg: SetHighlightMessage = { type: 'highlight/set', on };
      if (tabId != null) browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
    },
    [tabId],
  );

  return { search, indexing, highlightOn, actions: { setQuery, showMore, setHighlight } };
}
