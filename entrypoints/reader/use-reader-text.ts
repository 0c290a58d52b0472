import { useCallback, useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { FindTermsResponse, RangeList } from '@/lib/protocol';
import { openQubaoDb } from '@/lib/store';
import { readArticleAnalysis } from '@/lib/store/search-index';
import { readerWatchedWords } from './reader-watched-words';
import type { ArticleRecord } from '@/lib/store/types';
import type { TextRange } from '@/components/highlight-text';
import type { ArticleAnalysisView } from '@/components/keywords-panel';
import { partParagraphs } from '@/components/reader-view';

export interface ReaderText {
  analysis: ArticleAnalysisView | null;
  highlightOn: boolean;
  /** Marks of each body paragraph, by `${partId}:${index}`. */
  marks: Map<string, TextRange[]>;
  actions: { setHighlight: (on: boolean) => void; openPlace: (name: string) => void };
}

/** Keywords and entities of all parts, each name once (counts added). */
function mergeAnalyses(list: (ArticleAnalysisView | null)[]): ArticleAnalysisView | null {
  const found = list.filter((a): a is ArticleAnalysisView => !!a);
  if (found.length <= 1) return found[0] ?? null;
  const byName = <T extends { name: string; count: number }>(items: T[]) => {
    const m = new Map<string, T>();
    for (const i of items) m.set(i.name, m.has(i.name) ? { ...m.get(i.name)!, count: m.get(i.name)!.count + i.count } : i);
    return [...m.values()].sort((a, b) => b.count - a.count);
  };
  const keywords = new Map(found.flatMap((a) => a.keywords).map((k) => [k.word, k]));
  return {
    keywords: [...keywords.values()],
    entities: {
      places: byName(found.flatMap((a) => a.entities.places)),
      organisations: byName(found.flatMap((a) => a.entities.organisations)),
      people: byName(found.flatMap((a) => a.entities.people)),
    },
  };
}

/** Whole-word matches found by the background (it has jieba); empty lists when it cannot answer. */
async function findRanges(texts: string[], terms: string[]): Promise<RangeList[]> {
  if (!terms.length || !texts.length) return texts.map(() => []);
  const res = (await browser.runtime.sendMessage({ type: 'text/find-terms', texts, terms, mode: 'word' })) as FindTermsResponse;
  return res?.ok ? res.ranges : texts.map(() => []);
}

/** The reader's keyword chips and body highlights (keywords and the user's watched words). */
export function useReaderText(parts: ArticleRecord[] | null | undefined): ReaderText {
  const [analysis, setAnalysis] = useState<ArticleAnalysisView | null>(null);
  const [watched, setWatched] = useState<string[]>([]);
  const [highlightOn, setHighlightOn] = useState(true);
  const [marks, setMarks] = useState<Map<string, TextRange[]>>(new Map());
  const ids = (parts ?? []).map((p) => p.id).join('\n');

  useEffect(() => {
    if (!ids) return;
    const db = openQubaoDb();
    readerWatchedWords(db).then(setWatched, () => setWatched([]));
    // Live: an article opened right after saving is indexed a moment later.
    const sub = liveQuery(() => Promise.all(ids.split('\n').map((id) => readArticleAnalysis(db, id)))).subscribe({
      next: (list) => setAnalysis(mergeAnalyses(list)),
      error: () => setAnalysis(null),
    });
    return () => sub.unsubscribe();
  }, [ids]);

  useEffect(() => {
    if (!parts?.length || !highlightOn) return setMarks(new Map());
    const keys: string[] = [];
    const texts: string[] = [];
    for (const part of parts) partParagraphs(part).forEach((p, j) => (keys.push(`${part.id}:${j}`), texts.push(p)));
    const keywordTerms = (analysis?.keywords ?? []).map((k) => k.word);
    let stale = false;
    Promise.all([findRanges(texts, keywordTerms), findRanges(texts, watched)]).then(([kw, wt]) => {
      if (stale) return;
      const out = new Map<string, TextRange[]>();
      keys.forEach((key, i) => {
        // Watched words first: where both match, the watched colour wins.
        const ranges = [...wt[i]!.map(([start, end]) => ({ start, end, className: 'watched' })), ...kw[i]!.map(([start, end]) => ({ start, end, className: 'keyword' }))];
        if (ranges.length) out.set(key, ranges);
      });
      setMarks(out);
    }, () => undefined);
    return () => {
      stale = true;
    };
  }, [parts, analysis, watched, highlightOn]);

  const openPlace = useCallback((name: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(name)}` as '/popup.html') });
  }, []);

  return { analysis, highlightOn, marks, actions: { setHighlight: setHighlightOn, openPlace } };
}
