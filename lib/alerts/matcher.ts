// Matches one article against ALL topics in one pass per text field: one Aho-Corasick automaton
// holds every topic's terms (any-of, must-have, exclusions), each pattern lists the topics that
// use it, and per-topic bookkeeping lives in typed arrays indexed by topic. Build a matcher
// once and rebuild it when the topics change; match() is cheap enough for every saved article.
import { normalize } from '../text/normalize';
import { buildAhoCorasick, type AhoCorasick } from './aho-corasick';
import { matchText, type MatchText } from './match-text';
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
    const normalized: (MatchText | null)[] = [];

    const boundaries: (WordBoundaries | null)[] = [];
    const wordsIn = (f: number) => (boundaries[f] ??= createWordBoundaries(normalized[f]!.text, segmenter));
    // Must-have and exclusion hits of whole-word topics are checked only at the end, and only
    // for topics that have an any-of hit by then: most such hits belong to topics that never
    // match, and the check may need segmentation, the dearest step. [t, role, index, field, start, end, pattern]
    const deferred: number[] = [];

    function apply(t: number, role: number, index: number, fieldIndex: number, start: number, end: number): void {
      const c = compiled[t]!;
      if (role === ROLE_EXCLUDE) {
        excluded[t] = 1;
        return;
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
        return;
      }
      termSeen[c.anyBase + index] = 1;
      // Hits arrive in order of their end; keep the earliest start (fields come in reading order).
      if (firstField[t] === -1 || (firstField[t] === fieldIndex && start < firstStart[t]!)) {
        firstField[t] = fieldIndex;
        firstStart[t] = start;
        firstEnd[t] = end;
      }
    }

    FIELDS.forEach((field, fieldIndex) => {
      const original = article[field] ?? '';
      normalized.push(original ? matchText(original) : null);
      if (!original) return;
      const zone = field === 'body' ? BODY : HEADLINE;
      automaton.scan(normalized[fieldIndex]!.text, (id, start, end) => {
        const refs = refsById[id]!;
        let wordOk = -1; // unknown until a word-mode topic needs it
        for (let r = 0; r < refs.length; r += 3) {
          const t = refs[r]!;
          const c = compiled[t]!;
          if (!(c.scopeMask & zone) || excluded[t]) continue;
          const role = refs[r + 1]!;
          const index = refs[r + 2]!;
          if (c.word && wordOk !== 1) {
            if (wordOk < 0 && role !== ROLE_ANY) {
              deferred.push(t, role, index, fieldIndex, start, end, id);
              continue;
            }
            if (wordOk < 0) wordOk = wordsIn(fieldIndex).isWord(start, end, automaton.patterns[id]!) ? 1 : 0;
            if (!wordOk) continue;
          }
          apply(t, role, index, fieldIndex, start, end);
        }
      });
    });

    for (let d = 0; d < deferred.length; d += 7) {
      const t = deferred[d]!;
      if (firstField[t] === -1 || excluded[t]) continue;
      const [role, index, f, start, end, id] = [deferred[d + 1]!, deferred[d + 2]!, deferred[d + 3]!, deferred[d + 4]!, deferred[d + 5]!, deferred[d + 6]!];
      if (wordsIn(f).isWord(start, end, automaton.patterns[id]!)) apply(t, role, index, f, start, end);
    }

    const paper = article.paperName ? normalize(article.paperName).trim() : '';
    const out: TopicMatch[] = [];
    for (const t of touched) {
      const c = compiled[t]!;
      if (excluded[t] || firstField[t] === -1 || mustSeen[t] !== c.mustCount) continue;
      if (c.papers && !(paper && c.papers.some((p) => paper === p || paper.includes(p)))) continue;
      const fieldIndex = firstField[t]!;
      const [start, end] = normalized[fieldIndex]!.toOriginal(firstStart[t]!, firstEnd[t]!);
      const terms = c.topic.anyOf.filter((_, i) => termSeen[c.anyBase + i]);
      (c.topic.mustHave ?? []).forEach((term, i) => termSeen[c.mustBase + i] && terms.push(term));
      out.push({ topicId: c.topic.id, terms, first: { field: FIELDS[fieldIndex]!, start, end } });
    }
    return out;
  }
}

/**
 * A matcher that is rebuilt only when the topics change (by content, not identity): the
 * background keeps one and passes the current topic list with every saved article.
 */
export function topicMatcherCache(options: { includeMuted?: boolean } = {}): (topics: readonly Topic[]) => TopicMatcher {
  let signature: string | null = null;
  let matcher: TopicMatcher | null = null;
  return (topics) => {
    const next = JSON.stringify(topics);
    if (next !== signature || !matcher) {
      matcher = buildTopicMatcher(topics, options);
      signature = next;
    }
    return matcher;
  };
}
