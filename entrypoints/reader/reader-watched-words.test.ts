import { beforeEach, describe, expect, it } from 'vitest';
import type { QubaoDb } from '@/lib/store';
import { setWatchedTerms } from '@/lib/store/search-settings';
import { freshDb } from '@/lib/store/test-db';
import { saveTopic } from '@/lib/store/topics';
import { readerWatchedWords } from './reader-watched-words';
import { alertReaderPath } from '../popup/use-alerts';
import { dayBounds } from '../digest/use-digest';

let db: QubaoDb;
beforeEach(() => {
  db = freshDb();
});

describe('reader watched words', () => {
  it('marks an alert’s words (?hl=) with the topics’ and the hand-made ones, each once', async () => {
    await setWatchedTerms(db, ['河道']);
    await saveTopic(db, { name: '养老', anyOf: ['养老服务站'], scope: 'both', mode: 'word' });
    const search = `?${new URLSearchParams([['id', 'x'], ['hl', '消防安全'], ['hl', '河道']])}`;
    expect(await readerWatchedWords(db, search)).toEqual(['消防安全', '河道', '养老服务站']);
  });

  it('opens alerts in the reader with their matched words', () => {
    expect(decodeURIComponent(alertReaderPath({ articleId: 'http://a.cn/x?y=1', terms: ['养老', '服务站'] }))).toBe('/reader.html?id=http://a.cn/x?y=1&hl=养老&hl=服务站');
  });

  it('bounds the digest day in local time', () => {
    const noon = new Date(2026, 2, 18, 12).getTime();
    const today = dayBounds(noon, 0);
    expect(today.date).toBe('2026-03-18');
    expect(today.to - today.from).toBe(86_400_000);
    expect(dayBounds(noon, -1).date).toBe('2026-03-17');
  });
});
