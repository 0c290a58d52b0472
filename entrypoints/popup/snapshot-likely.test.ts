// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { writeLibrarySnapshot } from '@/lib/store/library-snapshot';
import { generatedLibrary } from '@/lib/store/library-entries-test-support';
import { readFirstPaintSnapshot } from './first-paint';
import { snapshotLikely } from './snapshot-likely';

const setUrl = (search: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`chrome-extension://test-extension-id/popup.html${search}`);
const [article] = generatedLibrary(1);

beforeEach(() => localStorage.clear());

describe('snapshotLikely (the popup\'s first module, before the components are evaluated)', () => {
  it('agrees with the first frame on whether there is a snapshot for this view', () => {
    for (const search of ['', '?tabId=3', '?q=x', '?place=', '?place=东城', '?tag=民生']) {
      setUrl(search);
      localStorage.clear();
      expect(snapshotLikely(), search).toBe(false);
      writeLibrarySnapshot([{ id: article!.id, lead: article!, parts: [article!] }], new Map());
      expect(snapshotLikely(), search).toBe(readFirstPaintSnapshot() != null);
    }
  });
});
