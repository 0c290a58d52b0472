import { afterEach, describe, expect, it } from 'vitest';
import { addTag, cleanTags, readIds, readMarks, setRead, setStarred, setTags, starredIds, taggedIds, tagsInUse } from './article-marks';
import type { QubaoDb } from './db';
import { freshDb } from './test-db';

let db: QubaoDb;
afterEach(async () => db?.delete());

describe('article marks', () => {
  it('defaults unmarked articles and keeps each mark independent', async () => {
    db = freshDb();
    await setStarred(db, ['a', 'b'], true);
    await setRead(db, ['b'], true, 1000);
    await setTags(db, 'a', [' 交通 ', '交通', '', '河道']);
    const m = await readMarks(db, ['a', 'b', 'c']);
    expect(m.get('a')).toMatchObject({ starred: 1, readAt: 0, tags: ['交通', '河道'] });
    expect(m.get('b')).toMatchObject({ starred: 1, readAt: 1000, tags: [] });
    expect(m.get('c')).toMatchObject({ starred: 0, readAt: 0, tags: [] });
    await setStarred(db, ['b'], false);
    expect(await starredIds(db)).toEqual(['a']);
    expect(await readIds(db)).toEqual(['b']);
  });

  it('keeps the first read time when read again, and clears it when marked unread', async () => {
    db = freshDb();
    await setRead(db, ['a'], true, 50);
    await setRead(db, ['a'], true, 90);
    expect((await readMarks(db, ['a'])).get('a')!.readAt).toBe(50);
    await setRead(db, ['a'], false);
    expect((await readMarks(db, ['a'])).get('a')!.readAt).toBe(0);
    expect(await readIds(db)).toEqual([]);
  });

  it('lists the tags in use from the index and finds articles by tag', async () => {
    db = freshDb();
    await addTag(db, ['x', 'y'], '民生');
    await addTag(db, ['y'], '交通');
    await addTag(db, ['y'], '民生');
    expect(await tagsInUse(db)).toEqual(['交通', '民生'].sort());
    expect((await taggedIds(db, '民生')).sort()).toEqual(['x', 'y']);
    expect((await readMarks(db, ['y'])).get('y')!.tags).toEqual(['民生', '交通']);
  });

  it('cleans typed tags', () => {
    expect(cleanTags(['  a  b ', 'a b', '', 'x'.repeat(60)])).toEqual(['a b', 'x'.repeat(40)]);
  });
});
