// Result snippets: a stretch of the body around the first match, with the matches inside it
// as ranges on the snippet string (the UI wraps them in <mark> as text, never as HTML).
import type { TextEngine } from '../text/engine';
import { findTerms, type TermMatcher } from '../text/highlight';
import type { TextRange } from './types';

export interface Snippet {
  text: string;
  highlights: TextRange[];
}

const SENTENCE_END = /[。！？!?；;\n]/;

/**
 * `length` characters of `body` starting a little before the first match, moved to a sentence
 * start when one is close, with "…" where the body was cut.
 */
export function makeSnippet(body: string, terms: TermMatcher, engine: TextEngine, length = 120): Snippet {
  const matches = findTerms(body, terms, { engine });
  const first = matches[0];
  let start = 0;
  if (first && first.start > length / 4) {
    start = first.start - Math.floor(length / 4);
    // Prefer to start right after a sentence end within the lead-in.
    for (let i = first.start - 1; i >= Math.max(0, first.start - length / 2); i--) {
      if (SENTENCE_END.test(body[i]!)) {
        start = i + 1;
        break;
      }
    }
  }
  const end = Math.min(body.length, start + length);
  const prefix = start > 0 ? '…' : '';
  const text = prefix + body.slice(start, end).replace(/\n/g, ' ') + (end < body.length ? '…' : '');
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start - start + prefix.length, end: m.end - start + prefix.length }));
  return { text, highlights };
}
