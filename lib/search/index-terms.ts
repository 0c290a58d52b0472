// Index terms of an article: jieba's search-mode cut of the normalised text (long words also
// yield the dictionary words inside them, so 共和国 finds 中华人民共和国), minus punctuation and
// function words. Query words go through queryTerms(), the same pipeline with the plain cut,
// so a query token is always something the index could contain.
import type { TextEngine } from '../text/engine';
import { CONTENT_WORD } from '../text/engine';
import { normalize } from '../text/normalize';
import { STOP_WORDS } from '../text/stop-words';
import type { DocMeta, IndexedDoc, SearchableArticle } from './types';

export function isIndexTerm(word: string): boolean {
  const c = word.charCodeAt(0);
  // Most words are CJK: skip the Unicode regexes for them (this runs per word of every article).
  if (c >= 0x4e00 && c <= 0x9fff) return !STOP_WORDS.has(word);
  return CONTENT_WORD.test(word) && !STOP_WORDS.has(word) && !/\s/.test(word);
}

function count(words: string[], into: Map<string, number>): number {
  let n = 0;
  for (const w of words) {
    if (!isIndexTerm(w)) continue;
    into.set(w, (into.get(w) ?? 0) + 1);
    n++;
  }
  return n;
}

export function headlineOf(a: SearchableArticle): string {
  return [a.introTitle, a.title, a.subtitle].filter(Boolean).join('\n');
}

export function bodyOf(a: SearchableArticle): string {
  return a.paragraphs.join('\n');
}

export function docMetaOf(a: SearchableArticle, length: number): DocMeta {
  const people = [...(a.reporters ?? []), ...(a.correspondents ?? []), ...(a.photographers ?? [])];
  return {
    length,
    paper: a.paperName ? normalize(a.paperName) : null,
    date: a.date ?? null,
    page: a.pageNumber ? normalize(a.pageNumber) : null,
    pageName: a.pageName ? normalize(a.pageName) : null,
    people: [...new Set(people.map((p) => normalize(p).replace(/\s+/g, '')))].filter(Boolean),
  };
}

export function indexArticle(a: SearchableArticle, engine: TextEngine): IndexedDoc {
  const body = new Map<string, number>();
  const head = new Map<string, number>();
  const length = count(engine.cutForSearch(normalize(bodyOf(a))), body) + count(engine.cutForSearch(normalize(headlineOf(a))), head);
  const terms = [...new Set([...head.keys(), ...body.keys()])];
  return {
    id: a.id,
    terms,
    counts: terms.map((t) => body.get(t) ?? 0),
    headCounts: terms.map((t) => head.get(t) ?? 0),
    ...docMetaOf(a, length),
  };
}

/** Index tokens of one query word or phrase (already normalised), in order, repeats kept. */
export function queryTerms(text: string, engine: TextEngine): string[] {
  return engine.cut(text).filter(isIndexTerm);
}
