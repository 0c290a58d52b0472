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

/**
 * `length` characters of `body` around the first whole-word match, with "…" where the body was
 * cut. Only snippet windows are segmented (not the whole body): substring hits pick the place,
 * and up to eight windows are tried in turn until one holds a whole word (区长 in 社区长期 is not).
 */
export function makeSnippet(body: string, terms: TermMatcher, engine: TextEngine, length = 120): Snippet {
  let start = 0;
  let matches: HighlightRange[] = [];
  let triedUntil = -1;
  let tries = 0;
  for (const hit of findTerms(body, terms, { mode: 'substring' })) {
    if (hit.start < triedUntil) continue; // inside a window already found wanting
    if (++tries > 8) break;
    const from = snippetStart(body, hit.start, length);
    triedUntil = from + length;
    const found = findTerms(body.slice(from, from + length), terms, { engine });
    if (found.length) {
      start = from;
      matches = found;
      break;
    }
  }
  if (!matches.length) matches = findTerms(body.slice(0, length), terms, { engine });
  const end = Math.min(body.length, start + length);
  const prefix = start > 0 ? '…' : '';
  const text = prefix + body.slice(start, end).replace(/\n/g, ' ') + (end < body.length ? '…' : '');
  const highlights = matches.map((m) => ({ start: m.start + prefix.length, end: m.end + prefix.length }));
  return { text, highlights };
}
