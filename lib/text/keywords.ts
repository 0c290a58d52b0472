// Per-article keywords: TF-IDF (document frequencies from the user's library, blended with a
// built-in prior, see doc-frequencies.ts) or TextRank over a co-occurrence graph. Candidates
// are POS-filtered content words: nouns, names, places, organisations, verbal nouns, idioms and
// Latin words; never stop words, single characters or bare numbers. Two candidate words that
// follow each other at least twice in the article are also offered joined (口袋+公园 →
// 口袋公园), which catches compounds the dictionary lacks.
import type { TaggedWord, TextEngine } from './engine';
import { NUMBER_ONLY } from './engine';
import { inverseDocumentFrequency, isGenericNewsWord, type DocumentFrequencies } from './doc-frequencies';
import { extractEntities, type Entities } from './entities';
import { clipText, HEADLINE_LIMIT, KEYWORD_BODY_LIMIT } from '../search/text-limits';
import { normalize } from './normalize';
import { KEYWORD_STOP_WORDS } from './stop-words';

export interface Keyword {
  word: string;
  score: number;
  tag: string;
}

export interface KeywordInput {
  title: string;
  introTitle?: string | null;
  subtitle?: string | null;
  paragraphs: string[];
  reporters?: string[];
  correspondents?: string[];
  photographers?: string[];
}

export interface KeywordOptions {
  method?: 'tfidf' | 'textrank';
  /** Document frequencies of the user's library; without it the prior alone is used. */
  library?: DocumentFrequencies;
  topK?: number;
  /** Extra people credited (added to the article's own bylines). */
  bylines?: string[];
  /** The paper's district, to pick among same-named places. */
  districtHint?: string | null;
}

export interface ArticleKeywords {
  keywords: Keyword[];
  entities: Entities;
}

const KEYWORD_TAG = /^(?:n|nr|nrt|nrfg|ns|nt|nz|nw|vn|l|j|i|eng|x)$/;
const HEADLINE_WEIGHT = 3;

interface Occurrence {
  word: string;
  tag: string;
  headline: boolean;
}

function isCandidate(word: string, tag: string, excluded: Set<string>): boolean {
  if (!KEYWORD_TAG.test(tag) || excluded.has(word) || KEYWORD_STOP_WORDS.has(word)) return false;
  if (Array.from(word).length < 2 || NUMBER_ONLY.test(word) || !/[\p{L}]/u.test(word)) return false;
  // Two-character nt words are dictionary oddities (新设), not organisations (entities.ts).
  if (tag === 'nt' && Array.from(word).length < 3) return false;
  // 'x' is also punctuation and HMM guesses: keep only all-Han guesses and Latin words.
  if (tag !== 'x') return true;
  // HMM guesses that begin or end with a function word (从区, 镇和) are cut errors.
  const chars = Array.from(word);
  return /^\p{Script=Han}{2,4}$/u.test(word) && !KEYWORD_STOP_WORDS.has(chars[0]!) && !KEYWORD_STOP_WORDS.has(chars.at(-1)!);
}

// Chinese compounds are head-final: a noun-like head after a noun-like or adjectival modifier.
const PAIR_HEAD = /^(?:n|nz|nw|vn|j|l)$/;
const PAIR_MODIFIER = /^(?:n|nr|nz|nw|vn|a|an|j|l)$/;

/** Can a and b be joined into a compound (口袋+公园)? Places and organisations stay whole. */
function pairable(a: TaggedWord, b: TaggedWord): boolean {
  const ok = (t: TaggedWord) => /^\p{Script=Han}{2,4}$/u.test(t.word) && !KEYWORD_STOP_WORDS.has(t.word) && !isGenericNewsWord(t.word);
  return PAIR_MODIFIER.test(a.tag) && PAIR_HEAD.test(b.tag) && ok(a) && ok(b);
}

/** Candidate occurrences in reading order, repeated adjacent pairs joined; null = not a candidate. */
function candidates(tagged: { t: TaggedWord; headline: boolean }[], excluded: Set<string>): (Occurrence | null)[] {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < tagged.length; i++) {
    const a = tagged[i]!.t;
    const b = tagged[i + 1]!.t;
    if (pairable(a, b)) pairs.set(a.word + b.word, (pairs.get(a.word + b.word) ?? 0) + 1);
  }
  const out: (Occurrence | null)[] = [];
  for (let i = 0; i < tagged.length; i++) {
    const { t, headline } = tagged[i]!;
    const next = tagged[i + 1]?.t;
    if (next && pairable(t, next) && (pairs.get(t.word + next.word) ?? 0) >= 2) {
      out.push({ word: t.word + next.word, tag: 'n', headline });
      i++;
      continue;
    }
    out.push(isCandidate(t.word, t.tag, excluded) ? { word: t.word, tag: t.tag, headline } : null);
  }
  return out;
}

function tfidf(occ: (Occurrence | null)[], library?: DocumentFrequencies): Map<string, number> {
  const tf = new Map<string, number>();
  for (const o of occ) if (o) tf.set(o.word, (tf.get(o.word) ?? 0) + (o.headline ? HEADLINE_WEIGHT : 1));
  const scores = new Map<string, number>();
  for (const [w, n] of tf) scores.set(w, n * inverseDocumentFrequency(w, library));
  return scores;
}

/** TextRank: words linked when within `window` candidates of each other, PageRank by weight. */
function textrank(occ: (Occurrence | null)[], window = 5, iterations = 30): Map<string, number> {
  const words = occ.filter((o): o is Occurrence => o !== null);
  const edges = new Map<string, Map<string, number>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let m = edges.get(x);
      if (!m) edges.set(x, (m = new Map()));
      m.set(y, (m.get(y) ?? 0) + 1);
    }
  };
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < Math.min(words.length, i + window); j++) link(words[i]!.word, words[j]!.word);
  }
  const nodes = [...edges.keys()];
  const out = new Map(nodes.map((n) => [n, [...edges.get(n)!.values()].reduce((s, w) => s + w, 0)]));
  let rank = new Map(nodes.map((n) => [n, 1]));
  for (let it = 0; it < iterations; it++) {
    const next = new Map<string, number>();
    for (const n of nodes) {
      let sum = 0;
      for (const [m, w] of edges.get(n)!) sum += (w / out.get(m)!) * rank.get(m)!;
      next.set(n, 0.15 + 0.85 * sum);
    }
    rank = next;
  }
  // Headline words count double: the headline says what the article is about.
  for (const o of words) if (o.headline) rank.set(o.word, (rank.get(o.word) ?? 0) * 1.5);
  return rank;
}

export function extractKeywords(article: KeywordInput, engine: TextEngine, options: KeywordOptions = {}): ArticleKeywords {
  const bylines = [...(article.reporters ?? []), ...(article.correspondents ?? []), ...(article.photographers ?? []), ...(options.bylines ?? [])];
  // Only the start of a long article is read (text-limits.ts): tagging costs ~3.6 s per million
  // characters, and a hostile page can be megabytes of "article".
  const headline = normalize(clipText([article.introTitle, article.title, article.subtitle].filter(Boolean).join('\n'), HEADLINE_LIMIT));
  const body = normalize(clipText(article.paragraphs.join('\n'), KEYWORD_BODY_LIMIT));
  const tagged = [
    ...engine.tag(headline).map((t) => ({ t, headline: true })),
    ...engine.tag(body).map((t) => ({ t, headline: false })),
  ];
  // Byline names are entities, not what the article is about.
  const excluded = new Set(bylines.map((b) => normalize(b).replace(/\s+/g, '')));
  const occ = candidates(tagged, excluded);
  const scores = options.method === 'textrank' ? textrank(occ) : tfidf(occ, options.library);
  const tags = new Map(occ.filter((o): o is Occurrence => !!o).map((o) => [o.word, o.tag]));
  const keywords = [...scores]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.topK ?? 10)
    .map(([word, score]) => ({ word, score, tag: tags.get(word) ?? 'n' }));
  const entities = extractEntities(
    tagged.map((x) => x.t),
    { bylines, districtHint: options.districtHint ?? null },
  );
  return { keywords, entities };
}
