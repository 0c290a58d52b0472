// Settings of the text features, in the `settings` table: the watched words (until topics exist,
// issue 6), the user dictionary text and the page-highlight switch. Values are validated on
// read, since any extension page can write the table.
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';

export const WATCHED_TERMS_MAX = 2000;
export const WATCHED_TERM_CHARS = 30;
export const USER_DICTIONARY_CHARS = 200_000;

/** Trimmed, non-empty, at most WATCHED_TERM_CHARS characters, no repeats, at most WATCHED_TERMS_MAX. */
export function cleanTerms(terms: unknown): string[] {
  if (!Array.isArray(terms)) return [];
  const out = new Set<string>();
  for (const t of terms) {
    if (typeof t !== 'string') continue;
    const w = t.trim();
    if (w && Array.from(w).length <= WATCHED_TERM_CHARS) out.add(w);
    if (out.size >= WATCHED_TERMS_MAX) break;
  }
  return [...out];
}

export async function getWatchedTerms(db: QubaoDb): Promise<string[]> {
  return cleanTerms((await db.settings.get(SETTINGS.watchedTerms))?.value);
}

export async function setWatchedTerms(db: QubaoDb, terms: string[]): Promise<string[]> {
  const clean = cleanTerms(terms);
  await db.settings.put({ key: SETTINGS.watchedTerms, value: clean });
  return clean;
}

export async function getUserDictionary(db: QubaoDb): Promise<string> {
  const v = (await db.settings.get(SETTINGS.userDictionary))?.value;
  return typeof v === 'string' ? v.slice(0, USER_DICTIONARY_CHARS) : '';
}

export async function setUserDictionary(db: QubaoDb, text: string): Promise<void> {
  await db.settings.put({ key: SETTINGS.userDictionary, value: text.slice(0, USER_DICTIONARY_CHARS) });
}

/** On unless the user turned it off. */
export async function getPageHighlight(db: QubaoDb): Promise<boolean> {
  return (await db.settings.get(SETTINGS.pageHighlight))?.value !== false;
}

export async function setPageHighlight(db: QubaoDb, on: boolean): Promise<void> {
  await db.settings.put({ key: SETTINGS.pageHighlight, value: on });
}
