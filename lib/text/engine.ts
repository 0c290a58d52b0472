// The segmentation API the rest of lib/text and lib/search use, built over a jieba-wasm module
// (the web build after init() in the extension, the Node build in tests). Keeping the module a
// parameter keeps every consumer pure and testable.
import type { Segmenter } from '../parse/types';

/** The subset of jieba-wasm's exports we use (identical in its web and Node builds). */
export interface JiebaModule {
  cut(text: string, hmm?: boolean | null): string[];
  cut_for_search(text: string, hmm?: boolean | null): string[];
  tag(sentence: string, hmm?: boolean | null): { word: string; tag: string }[];
  with_dict(dict: string): void;
}

export interface TaggedWord {
  word: string;
  /** jieba POS: n, v, ns (place), nr (person), nt (organisation), nz, eng, m, x (unknown/punct) … */
  tag: string;
}

/** A word with UTF-16 offsets into the text that was cut (jieba's own tokenize() counts code points). */
export interface Token {
  word: string;
  start: number;
  end: number;
}

export interface TextEngine extends Segmenter {
  cut(text: string, hmm?: boolean): string[];
  /** Finer cut for indexing: long words also yield the dictionary words inside them. */
  cutForSearch(text: string): string[];
  tag(text: string): TaggedWord[];
  tokens(text: string): Token[];
}

export function createTextEngine(jieba: JiebaModule): TextEngine {
  return {
    cut: (text, hmm = true) => jieba.cut(text, hmm),
    cutForSearch: (text) => jieba.cut_for_search(text, true),
    tag: (text) => jieba.tag(text, true),
    tokens: (text) => tokensFromWords(text, jieba.cut(text, true)),
  };
}

/**
 * Offsets for cut() output. jieba returns every character (spaces and punctuation included)
 * in order, so offsets are running sums; should a word ever not sit where expected, it is
 * searched for from the current position so later offsets stay right.
 */
export function tokensFromWords(text: string, words: string[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const word of words) {
    let start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    out.push({ word, start, end: start + word.length });
    at = start + word.length;
  }
  return out;
}

/** Words worth indexing or counting: has a letter, digit or CJK character. */
export const CONTENT_WORD = /[\p{L}\p{N}]/u;
/** Only digits and number punctuation (2023, 12.5%, 3,000): never a keyword. */
export const NUMBER_ONLY = /^[\p{N}.,:%％\-+/~]+$/u;
