import { browser } from 'wxt/browser';
import type { SaveTopicResponse } from '@/lib/protocol-alerts';
import type { QubaoDb } from '@/lib/store';
import { cleanTerms } from '@/lib/store/search-settings';
import { getWatchedWords } from '@/lib/store/watched-words';

/** Words the reader marks as watched: topics' and the hand-made list, plus ?hl= (an alert's matched words). */
export async function readerWatchedWords(db: QubaoDb, search = location.search): Promise<string[]> {
  const fromAlert = new URLSearchParams(search).getAll('hl');
  return cleanTerms([...fromAlert, ...(await getWatchedWords(db))]);
}

/** "关注这个词": a whole-word topic named after the word. */
export async function watchWord(word: string): Promise<string | null> {
  const res = (await browser.runtime.sendMessage({ type: 'topic/save', topic: { name: word, anyOf: [word], scope: 'both', mode: 'word' } })) as SaveTopicResponse;
  return res.ok ? null : res.error;
}
