import { describe, expect, it } from 'vitest';
import { initJieba, loadUserDictionary, segmenterReady, textEngineIfReady } from './jieba';

// Under Vitest jieba-wasm is the Node build (no init function): this checks that the browser
// module still loads there, starts once, and loads the dictionaries.
describe('initJieba', () => {
  it('is idempotent and yields an engine with the gazetteer loaded', async () => {
    expect(textEngineIfReady()).toBeNull();
    const a = initJieba();
    expect(initJieba()).toBe(a);
    const engine = await a;
    expect(textEngineIfReady()).toBe(engine);
    expect(engine.cut('金山卫镇枫泾镇')).toEqual(['金山卫镇', '枫泾镇']);
    const seg = await segmenterReady();
    expect(seg.cut('张堰镇')).toEqual(['张堰镇']);
  });

  it('loads the user dictionary', async () => {
    expect(await loadUserDictionary('# comment\n建发观唐府 nz\n')).toBe(1);
    expect((await segmenterReady()).cut('建发观唐府开盘')).toContain('建发观唐府');
  });
});

describe('the web build of jieba-wasm (what the extension ships)', () => {
  it('initialises from bytes and takes the built-in dictionaries', async () => {
    const { createRequire } = await import('node:module');
    const { readFileSync } = await import('node:fs');
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('jieba-wasm/web').replace(/jieba_rs_wasm\.js$/, 'jieba_rs_wasm_bg.wasm');
    const web = await import('jieba-wasm/web');
    await web.default({ module_or_path: readFileSync(wasmPath) });
    const { builtInDictionaries } = await import('./dictionaries');
    for (const d of builtInDictionaries()) web.with_dict(d);
    expect(web.cut('金山卫镇的枫泾镇', true)).toEqual(['金山卫镇', '的', '枫泾镇']);
  });
});
