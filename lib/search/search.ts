// Query execution: every word must be present (postings intersected, rarest first), excluded
// words removed, field filters applied, then BM25 with the headline counted `headlineWeight`
// times (a simplified BM25F), and finally the text check of phrases and of words that jieba
// cut into several tokens (their tokens must be adjacent in the text, not just present).
import type { TextEngine } from '../text/engine';
import { compileTerms, findTerms } from '../text/highlight';
import { maybeMark, normalize } from '../text/normalize';
import { hasFilters, matchesFilters } from './filters';
import { bodyOf, headlineOf, queryTerms } from './index-terms';
import { parseQuery } from './query';
import { makeSnippet } from './snippet';
import type { ParsedQuery, Posting, QueryItem, SearchableArticle, SearchHit, SearchResult, SearchStore } from './types';

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** How many body occurrences one headline occurrence is worth. */
  headlineWeight?: number;
  k1?: number;
  b?: number;
  snippetLength?: number;
  /** Up to this many candidates are text-checked in full (exact total); beyond, only the page shown. */
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

function intersect(lists: Map<string, Posting>[]): Set<string> {
  if (lists.length === 0) return new Set();
  const [smallest, ...rest] = [...lists].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const id of smallest!.keys()) if (rest.every((l) => l.has(id))) out.add(id);
  return out;
}

const PREFIX_EXPANSION_LIMIT = 32;

/**
 * A query token the index lacks (张堰 when articles say 张堰镇) stands for the index terms that
 * begin with it: their postings are merged in its place. Returns the terms used, to highlight.
 */
async function expandMissing(store: SearchStore, tokens: string[], postings: Map<string, Map<string, Posting>>): Promise<string[]> {
  const used: string[] = [];
  if (!store.termsWithPrefix) return used;
  for (const token of tokens) {
    if (postings.get(token)!.size > 0 || Array.from(token).length < 2) continue;
    const merged = new Map<string, Posting>();
    for (const term of await store.termsWithPrefix(token, PREFIX_EXPANSION_LIMIT)) {
      used.push(term);
      for (const p of await store.postings(term)) {
        const had = merged.get(p.id);
        merged.set(p.id, had ? { id: p.id, tf: had.tf + p.tf, headTf: had.headTf + p.headTf } : p);
      }
    }
    postings.set(token, merged);
  }
  return used;
}

export async function search(
  store: SearchStore,
  engine: TextEngine,
  input: string | ParsedQuery,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const query = typeof input === 'string' ? parseQuery(input) : input;
  const { limit = 20, offset = 0, headlineWeight = 5, k1 = 1.2, b = 0.75, snippetLength = 120, exactCheckLimit = 1000 } = options;
  const include = prepare(query.include, engine);
  const exclude = prepare(query.exclude, engine).filter((e) => e.tokens.length || e.text);
  const empty: SearchResult = { hits: [], total: 0, exact: true, query };

  const allTokens = [...new Set([...include, ...exclude].flatMap((i) => i.tokens))];
  const postings = new Map<string, Map<string, Posting>>();
  await Promise.all(
    allTokens.map(async (t) => postings.set(t, new Map((await store.postings(t)).map((p) => [p.id, p]))))
  );

  const includeTokens = [...new Set(include.flatMap((i) => i.tokens))];
  const expansions = await expandMissing(store, includeTokens, postings);
  let candidates: Set<string>;
  if (includeTokens.length) candidates = intersect(includeTokens.map((t) => postings.get(t)!));
  else if (hasFilters(query.filters) || include.length) candidates = new Set(await store.idsMatching(query.filters));
  else return empty;

  // Exclusions: one-token words by the index alone; longer ones need the text (see check below).
  const textExcludes: string[] = [];
  for (const e of exclude) {
    if (e.tokens.length === 0 || e.check) {
      textExcludes.push(compact(e.text));
      continue;
    }
    for (const id of postings.get(e.tokens[0]!)!.keys()) candidates.delete(id);
  }

  const meta = await store.docMeta([...candidates]);
  const { docCount, avgLength } = await store.stats();
  const idf = new Map(includeTokens.map((t) => {
    const df = postings.get(t)!.size;
    return [t, Math.log(1 + (docCount - df + 0.5) / (df + 0.5))];
  }));
  const ranked: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const m = meta.get(id);
    if (!m || !matchesFilters(m, query.filters)) continue;
    const norm = k1 * (1 - b + (b * m.length) / (avgLength || 1));
    let score = 0;
    for (const t of includeTokens) {
      const p = postings.get(t)!.get(id)!;
      const tf = p.tf + headlineWeight * p.headTf;
      score += idf.get(t)! * ((tf * (k1 + 1)) / (tf + norm));
    }
    ranked.push({ id, score });
  }
  ranked.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));

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
  const exact = !needsText || ranked.length <= exactCheckLimit;
  const kept: { id: string; score: number; article?: SearchableArticle }[] = [];
  if (!needsText) kept.push(...ranked);
  else {
    const batch = Math.max(wanted, 50);
    for (let i = 0; i < ranked.length && (exact || kept.length < wanted); i += batch) {
      const slice = ranked.slice(i, i + batch);
      const docs = new Map((await store.getDocs(slice.map((r) => r.id))).map((d) => [d.id, d]));
      for (const r of slice) {
        const a = docs.get(r.id);
        if (a && passes(a)) kept.push({ ...r, article: a });
      }
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
  return { hits, total: needsText && !exact ? ranked.length : kept.length, exact, query };
}
