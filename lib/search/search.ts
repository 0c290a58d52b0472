// Query execution: the index finds and scores the candidates (candidates.ts: every word present,
// excluded words absent, BM25), field filters are applied, then the best are taken in score
// order and text-checked where needed: phrases and words that jieba cut into several tokens
// (their tokens must be adjacent in the text, not just present), until the page is filled.
import type { TextEngine } from '../text/engine';
import { compileTerms, findTerms } from '../text/highlight';
import { maybeMark, normalize } from '../text/normalize';
import { hasFilters, matchesFilters } from './filters';
import { bodyOf, headlineOf, queryTerms } from './index-terms';
import { parseQuery } from './query';
import { makeSnippet } from './snippet';
import { findCandidates, topPositions } from './candidates';
import type { ParsedQuery, QueryItem, SearchableArticle, SearchHit, SearchResult, SearchStore } from './types';

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** How many body occurrences one headline occurrence is worth. */
  headlineWeight?: number;
  k1?: number;
  b?: number;
  snippetLength?: number;
  /**
   * Up to this many candidates are text-checked in full (exact total); beyond, only until the page
   * is filled, and the total is the index's count (an upper bound, `exact: false`). Each check loads
   * the article row; 1,000 of them cost hundreds of ms in the worker (search bench, 10k articles).
   */
  exactCheckLimit?: number;
}

interface PreparedItem extends QueryItem {
  tokens: string[];
  /** Needs a look at the text: a phrase, or a word jieba split into several tokens. */
  check: boolean;
}

function prepare(items: QueryItem[], engine: TextEngine): PreparedItem[] {
  return items.map((item) => {
    const tokens = queryTerms(item.text, engine);
    return { ...item, tokens, check: item.phrase || tokens.length !== 1 };
  });
}

/** Headline and body, normalised, without whitespace: what phrases are checked against. */
function compactText(a: SearchableArticle): string {
  return normalize(`${headlineOf(a)}\n${bodyOf(a)}`).replace(/\s+/g, '');
}

/** Whether normalising cannot change any character of `c` in place (ASCII and common CJK only). */
const STABLE = /^[\u0020-\u007e\u4e00-\u9fff]+$/;

/**
 * `c` (normalised, compact) occurs in the raw text as it stands, not followed by a combining
 * mark. Normalisation maps characters one by one and `c`'s are their own normal form, so such
 * an occurrence is also one in the normalised text: the common case costs one indexOf, no
 * normalisation of the whole article.
 */
function rawHas(raw: string, c: string): boolean {
  if (!STABLE.test(c) || /[A-Z]/.test(c)) return false;
  for (let at = raw.indexOf(c); at >= 0; at = raw.indexOf(c, at + 1)) {
    const next = raw.charCodeAt(at + c.length);
    if (!(next >= 0x300 && maybeMark(next))) return true;
  }
  return false;
}

const compact = (s: string) => s.replace(/\s+/g, '');

export async function search(
  store: SearchStore,
  engine: TextEngine,
  input: string | ParsedQuery,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const query = typeof input === 'string' ? parseQuery(input) : input;
  const { limit = 20, offset = 0, headlineWeight = 5, k1 = 1.2, b = 0.75, snippetLength = 120, exactCheckLimit = 100 } = options;
  const include = prepare(query.include, engine);
  const exclude = prepare(query.exclude, engine).filter((e) => e.tokens.length || e.text);
  const empty: SearchResult = { hits: [], total: 0, exact: true, query };

  const includeTokens = [...new Set(include.flatMap((i) => i.tokens))];
  const expansions: string[] = [];
  // Exclusions: one-token words by the index alone; longer ones need the text (see check below).
  const indexExcludes = [...new Set(exclude.filter((e) => e.tokens.length && !e.check).map((e) => e.tokens[0]!))];
  const textExcludes = exclude.filter((e) => e.tokens.length === 0 || e.check).map((e) => compact(e.text));

  // The ranking as a lazy list: `take(n)` gives the n best ids (or all when fewer).
  let take: (n: number) => Promise<{ id: string; score: number }[]>;
  let count: number;
  if (includeTokens.length) {
    const found = await findCandidates(store, includeTokens, indexExcludes, { headlineWeight, k1, b }, expansions);
    let { docs, scores } = found;
    if (hasFilters(query.filters) && docs.length) {
      const ids = await store.idsOf(docs);
      const meta = await store.docMeta(ids.filter((id): id is string => !!id));
      const pass = ids.map((id) => !!id && !!meta.get(id) && matchesFilters(meta.get(id)!, query.filters));
      docs = docs.filter((_, i) => pass[i]);
      scores = scores.filter((_, i) => pass[i]);
    }
    count = docs.length;
    take = async (n) => {
      const top = topPositions(scores, docs, n);
      const ids = await store.idsOf(top.map((i) => docs[i]!));
      return top.flatMap((p, i) => (ids[i] ? [{ id: ids[i]!, score: scores[p]! }] : []));
    };
  } else if (hasFilters(query.filters) || include.length) {
    const ids = (await store.idsMatching(query.filters)).sort();
    count = ids.length;
    take = async (n) => ids.slice(0, n).map((id) => ({ id, score: 0 }));
  } else return empty;
  if (!count) return { ...empty, total: 0 };

  const checks = include.filter((i) => i.check).map((i) => compact(i.text)).filter(Boolean);
  const needsText = checks.length > 0 || textExcludes.length > 0;
  const passes = (a: SearchableArticle) => {
    const raw = `${headlineOf(a)}\n${bodyOf(a)}`;
    let text: string | null = null;
    const has = (c: string) => rawHas(raw, c) || (text ??= compactText(a)).includes(c);
    return checks.every(has) && !textExcludes.some(has);
  };

  // Walk the ranking in batches, keeping the articles that pass, until the page is filled
  // (or everything is checked when that is cheap enough for an exact total).
  const wanted = offset + limit;
  const exact = !needsText || count <= exactCheckLimit;
  const kept: { id: string; score: number; article?: SearchableArticle }[] = [];
  if (!needsText) kept.push(...(await take(wanted)));
  else {
    const batch = Math.max(wanted, 50);
    let ranked = await take(exact ? count : batch);
    for (let i = 0; i < ranked.length && (exact || kept.length < wanted); i += batch) {
      const slice = ranked.slice(i, i + batch);
      const docs = new Map((await store.getDocs(slice.map((r) => r.id))).map((d) => [d.id, d]));
      for (const r of slice) {
        const a = docs.get(r.id);
        if (a && passes(a)) kept.push({ ...r, article: a });
      }
      // The best `ranked.length` are walked: take more once they are used up.
      if (i + batch >= ranked.length && ranked.length < count && kept.length < wanted) ranked = await take(ranked.length * 4);
    }
  }

  const page = kept.slice(offset, wanted);
  const missing = page.filter((k) => !k.article).map((k) => k.id);
  const loaded = new Map((await store.getDocs(missing)).map((d) => [d.id, d]));
  const terms = compileTerms([...include.flatMap((i) => [i.text, ...i.tokens]), ...expansions]);
  const hits: SearchHit[] = [];
  for (const k of page) {
    const a = k.article ?? loaded.get(k.id);
    if (!a) continue;
    const snippet = makeSnippet(bodyOf(a), terms, engine, snippetLength);
    hits.push({
      id: k.id,
      score: k.score,
      title: a.title,
      titleHighlights: findTerms(a.title, terms, { engine }).map(({ start, end }) => ({ start, end })),
      snippet: snippet.text,
      snippetHighlights: snippet.highlights,
    });
  }
  return { hits, total: needsText && exact ? kept.length : count, exact, query };
}
