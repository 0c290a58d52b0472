// A watched topic (山阳镇, 保障性租赁住房, a company, a person) and the parsing and checking of
// what the user types for it. Terms are kept as written; matching normalises them (see matcher).
import { normalize } from '../text/normalize';

export type TopicScope = 'headline' | 'body' | 'both';
export type TopicMatchMode = 'word' | 'substring';
export type TopicId = string | number;

export interface Topic {
  id: TopicId;
  name: string;
  /** Any one of these makes a match (synonyms, spellings, "phrases"). */
  anyOf: string[];
  /** Every one of these must also appear (in the topic's scope). */
  mustHave?: string[];
  /** Any one of these anywhere in scope cancels the match. */
  exclude?: string[];
  scope: TopicScope;
  /** Paper names this topic is limited to; empty or absent = every paper. */
  newspapers?: string[];
  /** 'word': whole words by segmentation (区长 not in 社区长期); 'substring': anywhere. */
  mode: TopicMatchMode;
  muted?: boolean;
}

// Quoted phrases keep their spaces: "…", “…”, 「…」, 『…』, '…', ‘…’.
const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|‘([^’]*)’|'([^']*)'/g;
// Between terms: spaces (also the ideographic space), commas, 顿号, semicolons, slashes, bars.
const SEPARATORS = /[\s\u3000,，、;；|｜/／]+/;

/**
 * Terms from one line of user input: `山阳镇 山阳 "保障性 租赁住房"，区长` → four terms.
 * Quoted text is one phrase; duplicates (after normalisation) are dropped, first spelling kept.
 */
export function parseTopicTerms(line: string): string[] {
  const raw: string[] = [];
  let rest = '';
  let last = 0;
  for (const m of line.matchAll(QUOTED)) {
    rest += line.slice(last, m.index) + ' ';
    const phrase = m.slice(1).find((g) => g !== undefined)!.trim().replace(/\s+/g, ' ');
    raw.push(phrase);
    last = m.index + m[0].length;
  }
  rest += line.slice(last);
  raw.push(...rest.split(SEPARATORS));
  return dedupeTerms(raw);
}

/**
 * A whole query on one line: plain terms are any-of, `+term` must-have, `-term` excluded
 * (also the full-width ＋ and －). `山阳镇 +规划 -山阳镇中学`.
 */
export function parseTopicLine(line: string): Pick<Topic, 'anyOf' | 'mustHave' | 'exclude'> {
  const anyOf: string[] = [];
  const mustHave: string[] = [];
  const exclude: string[] = [];
  // Protect quoted phrases so a prefix before a quote applies to the phrase.
  const parts = line.match(/[+＋\-－]?(?:"[^"]*"|“[^”]*”|「[^」]*」|『[^』]*』|[^\s\u3000,，、;；|｜/／]+)/g) ?? [];
  for (const part of parts) {
    const sign = part[0];
    const body = sign === '+' || sign === '＋' || sign === '-' || sign === '－' ? part.slice(1) : part;
    const target = sign === '+' || sign === '＋' ? mustHave : sign === '-' || sign === '－' ? exclude : anyOf;
    target.push(...parseTopicTerms(body));
  }
  return { anyOf: dedupeTerms(anyOf), mustHave: dedupeTerms(mustHave), exclude: dedupeTerms(exclude) };
}

function dedupeTerms(terms: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of terms) {
    const term = t.trim();
    const key = termKey(term);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

/** The form a term is matched in: normalised (simplified, lower case, NFKC), trimmed. */
export function termKey(term: string): string {
  return normalize(term).trim();
}

export interface TopicProblem {
  field: 'name' | 'anyOf' | 'mustHave' | 'exclude' | 'scope' | 'newspapers';
  /** Chinese first; the UI may show `en` as well. */
  zh: string;
  en: string;
}

export const TOPIC_LIMITS = { nameLength: 40, termLength: 50, termsPerList: 50 } as const;

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]$/;

/** Problems that stop a topic being saved; an empty list means it is fine. */
export function validateTopic(topic: Omit<Topic, 'id'>): TopicProblem[] {
  const problems: TopicProblem[] = [];
  const name = topic.name.trim();
  if (!name) problems.push({ field: 'name', zh: '请填写主题名称', en: 'The topic needs a name' });
  else if (name.length > TOPIC_LIMITS.nameLength)
    problems.push({ field: 'name', zh: `主题名称不能超过 ${TOPIC_LIMITS.nameLength} 个字`, en: `The name is longer than ${TOPIC_LIMITS.nameLength} characters` });

  const lists = { anyOf: topic.anyOf, mustHave: topic.mustHave ?? [], exclude: topic.exclude ?? [] } as const;
  if (lists.anyOf.every((t) => !termKey(t)))
    problems.push({ field: 'anyOf', zh: '请至少填写一个关键词', en: 'Add at least one term' });
  for (const [field, terms] of Object.entries(lists) as [keyof typeof lists, readonly string[]][]) {
    if (terms.length > TOPIC_LIMITS.termsPerList)
      problems.push({ field, zh: `关键词不能超过 ${TOPIC_LIMITS.termsPerList} 个`, en: `At most ${TOPIC_LIMITS.termsPerList} terms` });
    for (const term of terms) {
      const key = termKey(term);
      if (key.length > TOPIC_LIMITS.termLength)
        problems.push({ field, zh: `关键词“${term.slice(0, 10)}…”太长`, en: `The term "${term.slice(0, 10)}…" is too long` });
      // A single character as a substring would alert on nearly every article.
      else if (field !== 'exclude' && topic.mode === 'substring' && key.length === 1)
        problems.push({ field, zh: `单个字“${term}”请改用整词匹配`, en: `Use whole-word matching for the single character "${term}"` });
      else if (key.length === 1 && !CJK.test(key) && field !== 'exclude')
        problems.push({ field, zh: `关键词“${term}”太短`, en: `The term "${term}" is too short` });
    }
  }
  const excluded = new Set(lists.exclude.map(termKey));
  for (const term of [...lists.anyOf, ...lists.mustHave]) {
    if (excluded.has(termKey(term)))
      problems.push({ field: 'exclude', zh: `“${term}”既是关键词又被排除`, en: `"${term}" is both a term and an exclusion` });
  }
  if (!['headline', 'body', 'both'].includes(topic.scope))
    problems.push({ field: 'scope', zh: '匹配范围无效', en: 'Invalid scope' });
  return problems;
}
