import { beforeEach, describe, expect, it } from 'vitest';
import { schemeFromStored, type EditionScheme } from '../crawl/edition-scheme';
import type { QubaoDb } from './db';
import { followPaper, followSettings, getFollow, getFollowPreferences, listFollows, putFollowState, setFollowPreferences, unfollowPaper } from './follows';
import { freshDb } from './test-db';

let db: QubaoDb;
beforeEach(() => {
  db = freshDb();
});

const scheme: EditionScheme = {
  template: 'http://127.0.0.1:8080/jwsb/html/{yyyy}-{mm}/{dd}/node_2.htm',
  dateFormat: 'yyyy-mm/dd',
  firstPageKnown: true,
  entryUrl: 'http://127.0.0.1:8080/jwsb/paperindex.htm',
  entryKnown: false,
  learnedFrom: 'http://127.0.0.1:8080/jwsb/html/2026-03/18/node_2.htm',
  learnedDate: '2026-03-18',
};

describe('follows repository', () => {
  it('follows a paper (creating its newspapers row), keeps state when followed again, unfollows', async () => {
    const rec = await followPaper(db, '江湾时报', scheme, 1000);
    expect(rec).toMatchObject({ name: '江湾时报', origin: 'http://127.0.0.1:8080', nextCheckAt: 1000 });
    const paper = await db.newspapers.get(rec.paperId);
    expect(paper?.followed).toBe(1);
    expect(schemeFromStored(paper!.editionUrlScheme)?.template).toBe(scheme.template);
    await putFollowState(db, rec.paperId, { ...rec.state, articlesFound: 4, nextCheckAt: 5000 });
    const again = await followPaper(db, '江湾时报', scheme, 2000);
    expect(again.state.articlesFound).toBe(4);
    expect((await listFollows(db)).map((f) => f.nextCheckAt)).toEqual([5000]);
    await unfollowPaper(db, rec.paperId);
    expect(await getFollow(db, rec.paperId)).toBeUndefined();
    expect((await db.newspapers.get(rec.paperId))?.followed).toBe(0);
  });

  it('reads preferences with defaults and bounds, and turns them into crawl settings', async () => {
    expect(await getFollowPreferences(db)).toEqual({ intervalHours: 2, nightPause: true });
    await db.settings.put({ key: 'follow.settings', value: { intervalHours: 1000, nightPause: 'no' } });
    expect(await getFollowPreferences(db)).toEqual({ intervalHours: 2, nightPause: true });
    await setFollowPreferences(db, { intervalHours: 6, nightPause: false });
    const s = followSettings(await getFollowPreferences(db));
    expect(s.intervalMs).toBe(6 * 3600_000);
    expect(s.nightPause).toBe(false);
  });
});
