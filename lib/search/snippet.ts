// Result snippets: a stretch of the body around the first match, with the matches inside it
// as ranges on the snippet string (the UI wraps them in <mark> as text, never as HTML).
import type { TextEngine } from '../text/engine';
import { findTerms, type HighlightRange, type TermMatcher } from '../text/highlight';
import type { TextRange } from './types';

export interface Snippet {
  text: string;
  highlights: TextRange[];
}

const SENTENCE_END = /[。！？!?；;\n]/;

/** Where a snippet of `length` around a match at `at` starts: shortly before, at a sentence start if one is near. */
function snippetStart(body: string, at: number, length: number): number {
  if (at <= length / 4) return 0;
  for (let i = at - 1; i >= Math.max(0, at - length / 2); i--) if (SENTENCE_END.test(body[i]!)) return i + 1;
  return at - Math.floor(length / 4);
}

type WindowSearch = { found: true; start: number; matches: HighlightRange[] } | { found: false; final: boolean };

/**
 * Tries windows around the substring hits of `text` (a prefix of the body, or all of it) in
 * order. Hits ending after `usableEnd` are not trusted (a prefix may cut a term or a combining
 * sequence): reaching one leaves the answer open (final: false).
 */
function tryWindows(body: string, text: string, usableEnd: number, terms: TermMatcher, engine: TextEngine, length: number): WindowSearch {
  let triedUntil = -1;
  let tries = 0;
  for (const hit of findTerms(text, terms, { mode: 'substring' })) {
    if (hit.end > usableEnd) return { found: false, final: false };
    if (hit.start < triedUntil) continue; // inside a window already found wanting
    if (++tries > 8) return { found: false, final: true };
    const from = snippetStart(body, hit.start, length);
    triedUntil = from + length;
    const found = findTerms(body.slice(from, from + length), terms, { engine });
    if (found.length) return { found: true, start: from, matches: found };
  }
  return { found: false, final: usableEnd >= body.length };
}

// Most first matches are near the top: normalising a prefix first avoids normalising long
// bodies whole. The answer is the same as from the whole body (see tryWindows).
const PREFIX = 600;
const PREFIX_MARGIN = 16;

/**
 * `length` characters of `body` around the first whole-word match, with "…" where the body was
 * cut. Only snippet windows are segmented (not the whole body): substring hits pick the place,
 * and up to eight windows are tried in turn until one holds a whole word (区长 in 社区长期 is not).
 */
export function makeSnippet(body: string, terms: TermMatcher, engine: TextEngine, length = 120): Snippet {
  let result: WindowSearch = { found: false, final: false };
  // The prefix reaches a longest term (and a combining sequence) past PREFIX, so every match
  // decided before PREFIX is decided as on the whole body.
  const reach = PREFIX + (terms.byLength[0]?.[0] ?? 0) + PREFIX_MARGIN;
  if (body.length > reach) result = tryWindows(body, body.slice(0, reach), PREFIX, terms, engine, length);
  if (!result.found && !result.final) result = tryWindows(body, body, body.length, terms, engine, length);
  let start = 0;
  let matches: HighlightRange[] = [];
  if (result.found) ({ start, matches } = result);
  else matches = findTerms(body.slice(0, length), terms, { engine });
  const end = Math.min(body.length, start + length);
  const prefix = start > 0 ? '…' : '';
  const text = prefix + body.slice(start, end).replace(/\n/g, ' ') + (end < body.length ? '…' : '');
  const highlights = matches.map((m) => ({ start: m.start + prefix.length, end: m.end + prefix.length }));
  return { text, highlights };
}
