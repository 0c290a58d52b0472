// What indexing computes for one article, before anything is written: its index row (lib/search
// indexArticle), keywords (TF-IDF against the library's document frequencies) and entities.
// Pure and synchronous given an engine: the caller runs it outside any Dexie transaction
// (jieba is WASM; awaiting it inside a transaction would let IndexedDB commit it early).
import { indexArticle } from '../search/index-terms';
import type { IndexedDoc } from '../search/types';
import type { DocumentFrequencies } from '../text/doc-frequencies';
import type { TextEngine } from '../text/engine';
import type { Entities } from '../text/entities';
import { extractKeywords, type Keyword } from '../text/keywords';
import { searchableOf } from './search-store';
import type { ArticleRecord } from './types';

export interface ArticleAnalysis {
  doc: IndexedDoc;
  keywords: Keyword[];
  entities: Entities;
}

const NO_ENTITIES: Entities = { places: [], organisations: [], people: [] };
export const KEYWORD_COUNT = 10;

/** Index terms of an article (needed first: their document frequencies feed the keywords). */
export function indexRow(a: ArticleRecord, engine: TextEngine): IndexedDoc {
  return indexArticle(searchableOf(a), engine);
}

export function analyseArticle(a: ArticleRecord, doc: IndexedDoc, engine: TextEngine, library: DocumentFrequencies): ArticleAnalysis {
  // A failed parse has no article structure to find keywords in; it is still searchable.
  if (a.parseStatus !== 'ok' || a.paragraphs.length === 0) return { doc, keywords: [], entities: NO_ENTITIES };
  const { keywords, entities } = extractKeywords(a, engine, { library, topK: KEYWORD_COUNT, districtHint: a.district });
  return { doc, keywords, entities };
}
