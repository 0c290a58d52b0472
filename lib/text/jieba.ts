// jieba-wasm in the extension's background (service worker / event page) and reader.
// Call initJieba() at the top of the background's main() without awaiting it: the wasm fetch,
// compile and the lazy dictionary build (~0.5 s on the first cut) then overlap the handling of
// messages that do not need words. Whatever needs words awaits segmenterReady()/textEngineReady().
// The import must stay static: service workers do not allow dynamic import().
//
// Under Vitest/Node `jieba-wasm` resolves to its CommonJS build, which instantiates itself on
// load and has no init function: the default import is then the module object, hence the guard.
import init, * as jiebaWasm from 'jieba-wasm';
import type { Segmenter } from '../parse/types';
import { builtInDictionaries, parseUserDictionary, toJiebaDict } from './dictionaries';
import { createTextEngine, type JiebaModule, type TextEngine } from './engine';

let ready: Promise<TextEngine> | null = null;
let engine: TextEngine | null = null;

export interface JiebaInitOptions {
  /**
   * Where the .wasm is, e.g. browser.runtime.getURL('/jieba_rs_wasm_bg.wasm') when it is copied
   * as a public asset. Default: the URL the bundler gives the glue (module background).
   */
  wasmUrl?: string | URL;
}

async function start(options: JiebaInitOptions): Promise<TextEngine> {
  if (typeof init === 'function') await (options.wasmUrl ? init({ module_or_path: options.wasmUrl }) : init());
  const jieba = jiebaWasm as unknown as JiebaModule;
  for (const dict of builtInDictionaries()) if (dict) jieba.with_dict(dict);
  engine = createTextEngine(jieba);
  // Build jieba's own dictionary now rather than on the first real request.
  engine.cut('预热');
  return engine;
}

/** Starts jieba once per worker; later calls return the same promise (their options are ignored). */
export function initJieba(options: JiebaInitOptions = {}): Promise<TextEngine> {
  ready ??= start(options).catch((e: unknown) => {
    ready = null; // let a later call try again (e.g. a transient fetch failure of the wasm)
    throw e;
  });
  return ready;
}

export function textEngineReady(): Promise<TextEngine> {
  return initJieba();
}

export async function segmenterReady(): Promise<Segmenter> {
  const e = await initJieba();
  return { cut: (text, hmm) => e.cut(text, hmm) };
}

/** The engine if init has finished, else null (for callers that can fall back, e.g. a badge). */
export function textEngineIfReady(): TextEngine | null {
  return engine;
}

/**
 * Adds the user's dictionary (options page text, see parseUserDictionary). jieba can only add
 * words: a word the user deleted stays known until the worker restarts, which is harmless.
 * Call again after every worker start, once the stored text is read.
 */
export async function loadUserDictionary(text: string): Promise<number> {
  await initJieba();
  const entries = parseUserDictionary(text);
  if (entries.length) (jiebaWasm as unknown as JiebaModule).with_dict(toJiebaDict(entries));
  return entries.length;
}
