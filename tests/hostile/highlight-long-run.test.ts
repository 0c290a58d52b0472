// Found by the hostile suite: whole-word highlighting cut a fresh 800-character window around
// every match and kept every cut, so a page that is one long run of Han text without punctuation
// (576,000 characters, 64,000 matches) took 158 s and 3 GB. The bound here is in work, not time:
// the characters handed to jieba stay within a small multiple of the text's length.
import { describe, expect, it } from 'vitest';
import type { TextEngine } from '../../lib/text/engine';
import { nodeTextEngine } from '../../lib/text/engine-node';
import { compileTerms, findTerms } from '../../lib/text/highlight';

function countingEngine(): { engine: TextEngine; cutChars: () => number } {
  const real = nodeTextEngine();
  let chars = 0;
  const engine: TextEngine = {
    ...real,
    cut: (t, hmm) => ((chars += t.length), real.cut(t, hmm)),
    cutForSearch: (t) => ((chars += t.length), real.cutForSearch(t)),
    tokens: (t) => ((chars += t.length), real.tokens(t)),
  };
  return { engine, cutChars: () => chars };
}

describe('whole-word highlighting on a long unbroken run', () => {
  it('segments each stretch of the run a bounded number of times and still finds every word', () => {
    const { engine, cutChars } = countingEngine();
    const repeats = 20_000;
    const text = '本报讯区里召开会议'.repeat(repeats);
    const found = findTerms(text, compileTerms(['本报讯', '区长', '社区']), { mode: 'word', engine });
    expect(found.length).toBe(repeats);
    expect(found.every((r) => text.slice(r.start, r.end) === '本报讯')).toBe(true);
    expect(cutChars()).toBeLessThan(4 * text.length);
  });

  it('keeps the word test near the ends of a cut window (区长 is no word in 社区长期)', () => {
    const { engine } = countingEngine();
    const text = `${'区里召开会议'.repeat(300)}社区长期${'区里召开会议'.repeat(300)}副区长${'区里召开会议'.repeat(300)}`;
    const found = findTerms(text, compileTerms(['区长']), { mode: 'word', engine }).map((r) => text.slice(r.start - 1, r.end));
    expect(found).toEqual(['副区长']);
  });
});
