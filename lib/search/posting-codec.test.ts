import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockLength, decodeBlocks, encodeBlock } from './posting-codec';
import { BLOCK_SIZE, concatLists, postingListOf, type PostingList } from './postings';

const plain = (l: PostingList) => ({ docs: [...l.docs], tf: [...l.tf], head: [...l.head], len: [...l.len] });

/** A block's entries: distinct offsets in the block, counts up to `maxCount`. */
const blockEntries = (maxCount: number, headline = fc.nat(maxCount)) =>
  fc.uniqueArray(
    fc.record({ off: fc.nat(BLOCK_SIZE - 1), tf: fc.nat(maxCount), head: headline, len: fc.nat(0xffff) }),
    { selector: (e) => e.off, maxLength: 400 },
  );

describe('posting block codec', () => {
  it('decodes to exactly the list encoded, sparse or dense, small or large counts (property)', () => {
    // Headline counts: any, or mostly 0 (as in real blocks: the sparse form).
    const fewHeadlines = fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(0xffff) });
    fc.assert(
      fc.property(fc.nat(60), blockEntries(0xffff), blockEntries(300), blockEntries(300, fewHeadlines), (block, a, b, c) => {
        for (const entries of [a, b, c]) {
          const list = postingListOf(entries.sort((x, y) => x.off - y.off).map((e) => ({ ...e, doc: block * BLOCK_SIZE + e.off })));
          const stored = encodeBlock(block, list);
          expect(blockLength(stored)).toBe(entries.length);
          expect(plain(decodeBlocks([{ block, ...stored }]))).toEqual(plain(list));
        }
      }),
    );
  });

  it('keeps dense blocks as a 256-byte bitset, sparse ones as 2-byte offsets, counts in bytes when they fit', () => {
    const dense = postingListOf(Array.from({ length: 1500 }, (_, i) => ({ doc: 2 * BLOCK_SIZE + i, tf: i % 7, head: 0, len: 300 })));
    const d = encodeBlock(2, dense);
    expect(d.docs).toBeInstanceOf(Uint8Array);
    expect(d.docs.byteLength).toBe(BLOCK_SIZE / 8);
    expect(d.tf).toBeInstanceOf(Uint8Array);
    const sparse = postingListOf([{ doc: BLOCK_SIZE + 5, tf: 300, head: 1, len: 9 }]);
    const s = encodeBlock(1, sparse);
    expect(s.docs).toBeInstanceOf(Uint16Array);
    expect([...s.docs]).toEqual([5]);
    expect(s.tf).toBeInstanceOf(Uint16Array);
    expect(s.head).toBeInstanceOf(Uint8Array);
    // One headline occurrence in 1,500 postings: kept as one sparse entry, not 1,500 bytes.
    const headline = postingListOf(Array.from({ length: 1500 }, (_, i) => ({ doc: i, tf: 1, head: i === 700 ? 3 : 0, len: 10 })));
    const h = encodeBlock(0, headline);
    expect(h.head).toBeInstanceOf(Int32Array);
    expect(h.head.length).toBe(1);
    expect([...decodeBlocks([{ block: 0, ...h }]).head].flatMap((c, i) => (c ? [[i, c]] : []))).toEqual([[700, 3]]);
    // Under half the bytes of plain columns (4 + 2 + 2 + 2 per posting) for the dense block.
    const bytes = d.docs.byteLength + d.tf.byteLength + d.head.byteLength + d.len!.byteLength;
    expect(bytes).toBeLessThan((1500 * 10) / 2);
  });

  it('still reads blocks in the plain form written before migration 013, mixed with compact ones', () => {
    const old = postingListOf([{ doc: 3, tf: 2, head: 1, len: 40 }, { doc: 2000, tf: 1, head: 0, len: 50 }]);
    const next = postingListOf([{ doc: BLOCK_SIZE + 1, tf: 4, head: 0, len: 60 }]);
    const got = decodeBlocks([{ block: 0, ...old }, { block: 1, ...encodeBlock(1, next) }]);
    expect(plain(got)).toEqual(plain(concatLists([old, next])));
  });
});
