// The words highlighted on newspaper pages and in the reader: the any-of terms of every topic
// that is not muted (topics are the source of watched words since issue 6), plus the words the
// user listed by hand in options (the `watchedTerms` setting of issue 5).
import type { QubaoDb } from './db';
import { cleanTerms, getWatchedTerms } from './search-settings';
import { topicTerms } from './topics';

export async function getWatchedWords(db: QubaoDb): Promise<string[]> {
  const [manual, topics] = await Promise.all([getWatchedTerms(db), topicTerms(db)]);
  return cleanTerms([...manual, ...topics]);
}
