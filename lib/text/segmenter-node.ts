import { createRequire } from 'node:module';
import type { Segmenter } from '../parse/types';

// Node and Vitest resolve jieba-wasm to its CommonJS build, which instantiates the wasm
// synchronously on load: no init() here (the browser build needs one, see lib/text/jieba.ts).
type JiebaNode = { cut(text: string, hmm?: boolean): string[] };
let jieba: JiebaNode | null = null;

export function nodeSegmenter(): Segmenter {
  jieba ??= createRequire(import.meta.url)('jieba-wasm') as JiebaNode;
  const j = jieba;
  return { cut: (text) => j.cut(text, true) };
}
