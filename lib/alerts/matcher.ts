// Matches one article against ALL topics in one pass per text field: one Aho-Corasick automaton
// holds every topic's terms (any-of, must-have, exclusions), each pattern lists the topics that
// use it, and per-topic bookkeeping lives in typed arrays indexed by topic. Build a matcher
// once and rebuild it when the topics change; match() is cheap enough for every saved article.
import { normalize, normalizeForMatch, toOriginalRange } from '../text/normalize';
import { buildAhoCorasick, type AhoCorasick } from './aho-corasick';
import { termKey, type Topic, type TopicId } from './topic';
import { createWordBoundaries, type WordBoundaries, type WordSegmenter } from './word-boundaries';

export type MatchField = 'introTitle' | 'title' | 'subtitle' | 'body';

/** What is matched: headline fields and body as stored (original text, not normalised). */
export interface ArticleText {
  title: string;
  introTitle?: string | null;
  subtitle?: string | null;
  body: string;
  paperName?: string | null;
}

export interface TopicMatch {
  topicId: TopicId;
  /** Any-of and must-have terms found, as the user wrote them, in the topic's order. */
  terms: string[];
  /** First any-of match in reading order, as a range on the ORIGINAL field text. */
  first: { field: MatchField; start: number; end: number };
}

export interface TopicMatcher {
  readonly topicCount: number;
  match(article: ArticleText, segmenter?: WordSegmenter | null): TopicMatch[];
}

// Reading order of the fields; the headline is 引题, 主题, 副题.
const FIELDS: readonly MatchField[] = ['introTitle', 'title', 'subtitle', 'body'];
const HEADLINE = 1;
const BODY = 2;
const ROLE_ANY = 0;
const ROLE_MUST = 1;
const ROLE_EXCLUDE = 2;

interface CompiledTopic {
  topic: Topic;
  scopeMask: number;
  word: boolean;
  papers: string[] | null;
  /** Offsets into the flat "term seen" array for this topic's any-of and must-have terms. */
  anyBase: number;
  mustBase: number;
  mustCount: number;
}

export function buildTopicMatcher(topics: readonly Topic[], options: { includeMuted?: boolean } = {}): TopicMatcher {
  const compiled: CompiledTopic[] = [];
  const patternRefs = new Map<string, number[]>(); // key → [topic, role, termIndex, …]
  let termSlots = 0;
  for (const topic of topics) {
    if (topic.muted && !options.includeMuted) continue;
    const t = compiled.length;
    const must = topic.mustHave ?? [];
    const c: CompiledTopic = {
      topic,
      scopeMask: topic.scope === 'headline' ? HEADLINE : topic.scope === 'body' ? BODY : HEADLINE | BODY,
      word: topic.mode === 'word',
      papers: topic.newspapers?.length ? topic.newspapers.map((p) => normalize(p).trim()).filter(Boolean) : null,
      anyBase: termSlots,
      mustBase: termSlots + topic.anyOf.length,
      mustCount: 0,
    };
    termSlots += topic.anyOf.length + must.length;
    const add = (term: string, role: number, index: number) => {
      const key = termKey(term);
      if (!key) return false;
      let refs = patternRefs.get(key);
      if (!refs) patternRefs.set(key, (refs = []));
      refs.push(t, role, index);
      return true;
    };
    topic.anyOf.forEach((term, i) => add(term, ROLE_ANY, i));
    must.forEach((term, i) => add(term, ROLE_MUST, i) && c.mustCount++);
    (topic.exclude ?? []).forEach((term, i) => add(term, ROLE_EXCLUDE, i));
    compiled.push(c);
  }
  const automaton: AhoCorasick = buildAhoCorasick(patternRefs.keys());
  const refsById: Int32Array[] = automaton.patterns.map((p) => Int32Array.from(patternRefs.get(p)!));
  const anyWordMode = compiled.some((c) => c.word);
  return { topicCount: compiled.length, match: (article, segmenter) => matchArticle(article, segmenter ?? null) };

  function matchArticle(article: ArticleText, segmenter: WordSegmenter | null): TopicMatch[] {
    const n = compiled.length;
    if (n === 0) return [];
    const firstField = new Int8Array(n).fill(-1);
    const firstStart = new Int32Array(n); // normalised offsets while scanning
    const firstEnd = new Int32Array(n);
    const excluded = new Uint8Array(n);
    const mustSeen = new Uint16Array(n);
    const termSeen = new Uint8Array(termSlots);
    const isTouched = new Uint8Array(n);
    const touched: number[] = []; // topics with any term hit, so the result pass skips the rest
    const normalized: (ReturnType<typeof normalizeForMatch> | null)[] = [];

    FIELDS.forEach((field, fieldIndex) => {
      const original = article[field] ?? '';
      if (!original) return void normalized.push(null);
      const norm = normalizeForMatch(original);
      normalized.push(norm);
      const zone = field === 'body' ? BODY : HEADLINE;
      let words: WordBoundaries | null = null;
      automaton.scan(norm.text, (id, start, end) => {
        const refs = refsById[id]!;
        let wordOk = -1; // unknown until a word-mode topic asks
        for (let r = 0; r < refs.length; r += 3) {
          const t = refs[r]!;
          const c = compiled[t]!;
          if (!(c.scopeMask & zone) || excluded[t]) continue;
          if (c.word) {
            if (wordOk < 0) {
              words ??= anyWordMode ? createWordBoundaries(norm.text, segmenter) : null;
              wordOk = words!.isWord(start, end, automaton.patterns[id]!) ? 1 : 0;
            }
            if (!wordOk) continue;
          }
          const role = refs[r + 1]!;
          const index = refs[r + 2]!;
          if (role === ROLE_EXCLUDE) {
            excluded[t] = 1;
            continue;
          }
          if (!isTouched[t]) {
            isTouched[t] = 1;
            touched.push(t);
          }
          if (role === ROLE_MUST) {
            const slot = c.mustBase + index;
            if (!termSeen[slot]) {
              termSeen[slot] = 1;
              mustSeen[t]!++;
            }
            continue;
          }
          termSeen[c.anyBase + index] = 1;
          // Hits arrive in order of their end; keep the earliest start within the field.
          if (firstField[t] === -1 || (firstField[t] === fieldIndex && start < firstStart[t]!)) {
            firstField[t] = fieldIndex;
            firstStart[t] = start;
            firstEnd[t] = end;
          }
        }
      });
    });

    const paper = article.paperName ? normalize(article.paperName).trim() : '';
    const out: TopicMatch[] = [];
    for (const t of touched) {
      const c = compiled[t]!;
      if (excluded[t] || firstField[t] === -1 || mustSeen[t] !== c.mustCount) continue;
      if (c.papers && !(paper && c.papers.some((p) => paper === p || paper.includes(p)))) continue;
      const fieldIndex = firstField[t]!;
      const [start, end] = toOriginalRange(normalized[fieldIndex]!, firstStart[t]!, firstEnd[t]!);
      const terms = c.topic.anyOf.filter((_, i) => termSeen[c.anyBase + i]);
      (c.topic.mustHave ?? []).forEach((term, i) => termSeen[c.mustBase + i] && terms.push(term));
      out.push({ topicId: c.topic.id, terms, first: { field: FIELDS[fieldIndex]!, start, end } });
    }
    return out;
  }
}
