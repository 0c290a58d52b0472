// Index terms of an article: jieba's search-mode cut of the normalised text (long words also
// yield the dictionary words inside them, so 共和国 finds 中华人民共和国), minus punctuation and
// function words. Query words go through queryTerms(), the same pipeline with the plain cut,
// so a query token is always something the index could contain.
import type { TextEngine } from '../text/engine';
import { CONTENT_WORD } from '../text/engine';
import { normalize } from '../text/normalize';
import { STOP_WORDS } from '../text/stop-words';
import { clipText, HEADLINE_LIMIT, INDEX_BODY_LIMIT } from './text-limits';
import type { DocMeta, IndexedDoc, SearchableArticle } from './types';

export function isIndexTerm(word: string): boolean {
  const c = word.charCodeAt(0);
  // Most words are CJK: skip the Unicode regexes for them (this runs per word of every article).
  if (c >= 0x4e00 && c <= 0x9fff) return !STOP_WORDS.has(word);
  return CONTENT_WORD.test(word) && !STOP_WORDS.has(word) && !/\s/.test(word);
}

/** Distinct terms in first-seen order with their body and headline counts, in one Map probe per word. */
class TermCounter {
  readonly terms: string[] = [];
  readonly counts: number[] = [];
  readonly headCounts: number[] = [];
  private readonly slots = new Map<string, number>();
  length = 0;

  add(words: string[], into: number[]): void {
    for (const w of words) {
      if (!isIndexTerm(w)) continue;
      let k = this.slots.get(w);
      if (k === undefined) {
        k = this.terms.length;
        this.slots.set(w, k);
        this.terms.push(w);
        this.counts.push(0);
        this.headCounts.push(0);
      }
      into[k]!++;
      this.length++;
    }
  }
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
  const c = new TermCounter();
  // Bounded reads (text-limits.ts): a hostile multi-megabyte body costs at most INDEX_BODY_LIMIT.
  c.add(engine.cutForSearch(normalize(clipText(headlineOf(a), HEADLINE_LIMIT))), c.headCounts);
  c.add(engine.cutForSearch(normalize(clipText(bodyOf(a), INDEX_BODY_LIMIT))), c.counts);
  return { id: a.id, terms: c.terms, counts: c.counts, headCounts: c.headCounts, ...docMetaOf(a, c.length) };
}

/** Index tokens of one query word or phrase (already normalised), in order, repeats kept. */
export function queryTerms(text: string, engine: TextEngine): string[] {
  return engine.cut(text).filter(isIndexTerm);
}
