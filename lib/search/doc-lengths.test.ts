import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillLengths, keepListLengths, setLength } from './doc-lengths';
import { decodeBlocks, encodeBlock, encodeBlockWithoutLengths, lacksLengths } from './posting-codec';
import { BLOCK_SIZE, postingListOf, type PostingList } from './postings';

const plain = (l: PostingList) => ({ docs: [...l.docs], tf: [...l.tf], head: [...l.head], len: [...l.len] });

describe('document lengths kept once per block of numbers', () => {
  it('blocks written without lengths decode, once filled, to exactly the list encoded (property)', () => {
    const entries = fc.uniqueArray(fc.record({ doc: fc.nat(3 * BLOCK_SIZE - 1), tf: fc.nat(300), head: fc.nat(3), len: fc.integer({ min: 1, max: 0xffff }) }), { selector: (e) => e.doc, maxLength: 600 });
    fc.assert(
      fc.property(entries, (es) => {
        const sorted = [...es].sort((a, b) => a.doc - b.doc);
        const rows = [0, 1, 2].flatMap((block) => {
          const inBlock = sorted.filter((e) => e.doc >>> 11 === block);
          return inBlock.length ? [{ block, ...encodeBlockWithoutLengths(block, postingListOf(inBlock)) }] : [];
        });
        const lengths = new Map<number, Uint16Array>();
        for (const e of sorted) setLength(lengths, e.doc, e.len);
        const got = decodeBlocks(rows);
        expect(rows.every((r) => r.len === undefined)).toBe(true);
        expect(lacksLengths(rows)).toBe(rows.length > 0);
        expect([...got.len].every((x) => x === 0)).toBe(true);
        fillLengths(got, lengths);
        expect(plain(got)).toEqual(plain(postingListOf(sorted)));
      }),
    );
  });

  it('keeps the lengths of rows that carry their own (013 form, backups), mixed with rows without', () => {
    const old = postingListOf([{ doc: 3, tf: 2, head: 1, len: 40 }, { doc: 2000, tf: 1, head: 0, len: 50 }]);
    const next = postingListOf([{ doc: BLOCK_SIZE + 1, tf: 4, head: 0, len: 60 }]);
    const rows = [{ block: 0, ...encodeBlock(0, old) }, { block: 1, ...encodeBlockWithoutLengths(1, next) }];
    const lengths = new Map<number, Uint16Array>();
    setLength(lengths, BLOCK_SIZE + 1, 60);
    // A wrong entry for a number whose row carries its own length: the row's own wins.
    setLength(lengths, 3, 999);
    const got = decodeBlocks(rows);
    fillLengths(got, lengths);
    expect([...got.len]).toEqual([40, 50, 60]);
  });

  it('hands an old row’s lengths over without overwriting lengths already kept, and clears a number', () => {
    const lengths = new Map<number, Uint16Array>();
    setLength(lengths, 5, 77);
    const changed = new Set<number>();
    keepListLengths(lengths, postingListOf([{ doc: 5, tf: 1, head: 0, len: 12 }, { doc: 9, tf: 1, head: 0, len: 13 }, { doc: BLOCK_SIZE * 4, tf: 1, head: 0, len: 14 }]), changed);
    expect([...changed].sort()).toEqual([0, 4]);
    expect(lengths.get(0)![5]).toBe(77);
    expect(lengths.get(0)![9]).toBe(13);
    expect(lengths.get(4)![0]).toBe(14);
    expect(setLength(lengths, 9, 13)).toBe(-1);
    expect(setLength(lengths, 9, 0)).toBe(0);
    expect(lengths.get(0)![9]).toBe(0);
    expect(setLength(lengths, BLOCK_SIZE * 9, 0)).toBe(-1);
    expect(lengths.has(9)).toBe(false);
    setLength(lengths, 1, 70_000);
    expect(lengths.get(0)![1]).toBe(0xffff);
  });
});

describe('keepListLengths without a set of changed blocks', () => {
  it('still keeps the lengths', () => {
    const lengths = new Map<number, Uint16Array>();
    keepListLengths(lengths, postingListOf([{ doc: 7, tf: 1, head: 0, len: 21 }]));
    expect(lengths.get(0)![7]).toBe(21);
  });
});
