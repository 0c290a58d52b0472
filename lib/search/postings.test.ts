import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BLOCK_SIZE, blocksOf, concatLists, locate, postingListOf, unionLists, updateBlock } from './postings';

const entry = (doc: number, tf = 1, head = 0, len = 10) => ({ doc, tf, head, len });
const docsOf = (l: { docs: Uint32Array } | null) => (l ? [...l.docs] : null);

describe('posting lists', () => {
  it('locates documents in a longer list (property: same as indexOf)', () => {
    const sortedSet = fc.uniqueArray(fc.nat(5000), { maxLength: 300 }).map((xs) => Uint32Array.from(xs.sort((a, b) => a - b)));
    fc.assert(
      fc.property(sortedSet, sortedSet, (docs, list) => {
        const got = [...locate(docs, list)];
        expect(got).toEqual([...docs].map((d) => list.indexOf(d)));
      }),
    );
  });

  it('updates a block: removes, adds, replaces a re-indexed document, keeps order, empties to null', () => {
    const block = postingListOf([entry(1), entry(5, 2), entry(9)]);
    const next = updateBlock(block, new Set([1]), [entry(7), entry(5, 4, 1, 20), entry(2)])!;
    expect(docsOf(next)).toEqual([2, 5, 7, 9]);
    expect([...next.tf]).toEqual([1, 4, 1, 1]);
    expect([...next.head]).toEqual([0, 1, 0, 0]);
    expect([...next.len]).toEqual([10, 20, 10, 10]);
    expect(updateBlock(next, new Set([2, 5, 7, 9]), [])).toBeNull();
    expect(docsOf(updateBlock(undefined, new Set(), [entry(3)]))).toEqual([3]);
  });

  it('appends documents past the end of a block and merges earlier ones in order', () => {
    const block = postingListOf([entry(1), entry(5)]);
    expect(docsOf(updateBlock(block, new Set(), [entry(9, 3), entry(7)]))).toEqual([1, 5, 7, 9]);
    expect([...updateBlock(block, new Set(), [entry(9, 3), entry(7)])!.tf]).toEqual([1, 1, 1, 3]);
    expect(docsOf(updateBlock(block, new Set(), [entry(3), entry(8)]))).toEqual([1, 3, 5, 8]);
  });

  it('clamps counts and lengths to 16 bits', () => {
    const l = postingListOf([entry(1, 70000, 2, 99999)]);
    expect([l.tf[0], l.len[0]]).toEqual([65535, 65535]);
  });

  it('concatenates blocks and unions lists summing counts', () => {
    const a = postingListOf([entry(1), entry(3, 2)]);
    const b = postingListOf([entry(BLOCK_SIZE + 1)]);
    expect(docsOf(concatLists([a, b]))).toEqual([1, 3, BLOCK_SIZE + 1]);
    const u = unionLists([a, postingListOf([entry(3, 1, 1), entry(2)])]);
    expect(docsOf(u)).toEqual([1, 2, 3]);
    expect([...u.tf]).toEqual([1, 1, 3]);
    expect([...u.head]).toEqual([0, 0, 1]);
  });

  it('lists the blocks of ascending documents once each', () => {
    expect(blocksOf([0, 1, BLOCK_SIZE - 1, BLOCK_SIZE, 5 * BLOCK_SIZE + 3])).toEqual([0, 1, 5]);
  });
});
