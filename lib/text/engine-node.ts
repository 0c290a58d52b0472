// A TextEngine over jieba-wasm's Node build, for tests, benchmarks and CLI scripts. with_dict
// changes the module's global state, so the dictionaries are loaded once per process (the flag
// lives on globalThis because Vitest may evaluate this module more than once per worker).
import { createRequire } from 'node:module';
import { builtInDictionaries } from './dictionaries';
import { createTextEngine, type JiebaModule, type TextEngine } from './engine';

const LOADED = Symbol.for('qubao.jieba.dictionariesLoaded');
type Flagged = typeof globalThis & { [LOADED]?: boolean };

let engine: TextEngine | null = null;

export function nodeJieba(): JiebaModule {
  return createRequire(import.meta.url)('jieba-wasm') as JiebaModule;
}

/** The Node engine with the gazetteer, news lexicon and newspaper names loaded. */
export function nodeTextEngine(): TextEngine {
  if (engine) return engine;
  const jieba = nodeJieba();
  const g = globalThis as Flagged;
  if (!g[LOADED]) {
    for (const dict of builtInDictionaries()) if (dict) jieba.with_dict(dict);
    g[LOADED] = true;
  }
  engine = createTextEngine(jieba);
  return engine;
}
