import type { TextEngine } from '../text/engine';
import type { QubaoDb } from './db';
import { analyseArticle, indexRow } from './search-analysis';
import { loadDocFrequencies, writeAnalyses } from './search-index';
import type { ArticleRecord } from './types';

/**
 * Indexes stored articles by id: reads them, analyses them with the engine (no transaction is
 * open meanwhile), then writes everything in one transaction. Missing ids are skipped; running
 * it again on the same articles changes nothing. Returns the ids written.
 */
export async function indexStoredArticles(db: QubaoDb, engine: TextEngine, ids: string[]): Promise<string[]> {
  const articles = (await db.articles.bulkGet(ids)).filter((a): a is ArticleRecord => !!a);
  if (!articles.length) return [];
  const docs = articles.map((a) => indexRow(a, engine));
  const library = await loadDocFrequencies(db, docs.flatMap((d) => d.terms));
  return writeAnalyses(db, articles.map((a, i) => analyseArticle(a, docs[i]!, engine, library)));
}
