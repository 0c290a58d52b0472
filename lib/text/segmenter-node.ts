import type { Segmenter } from '../parse/types';
import { nodeTextEngine } from './engine-node';

// The Node segmenter (CLI, tests, benchmarks) is the extension's: jieba with the gazetteer, the
// news lexicon and the newspaper names loaded (engine-node.ts), so both parse a page the same way.
export function nodeSegmenter(): Segmenter {
  const engine = nodeTextEngine();
  return { cut: (text, hmm) => engine.cut(text, hmm) };
}
