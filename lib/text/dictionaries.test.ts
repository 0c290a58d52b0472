import { describe, expect, it } from 'vitest';
import { newspaperDict, parseUserDictionary, toJiebaDict } from './dictionaries';
import { nodeJieba, nodeTextEngine } from './engine-node';

describe('parseUserDictionary', () => {
  it('reads words with optional frequency and tag, skipping comments and junk', () => {
    const entries = parseUserDictionary('# my words\n建发观唐府\n 金山嘴渔村 500 ns \n\n!!!\n一网通办 nz\n建发观唐府 20');
    expect(entries).toEqual([
      { word: '建发观唐府', freq: 20, tag: 'nz' },
      { word: '金山嘴渔村', freq: 500, tag: 'ns' },
      { word: '一网通办', freq: 10000, tag: 'nz' },
    ]);
    expect(toJiebaDict(entries).split('\n')[1]).toBe('金山嘴渔村 500 ns');
  });

  it('makes a user word one token once loaded', () => {
    // A word no other test file adds: jieba's dictionary is process-wide state.
    const engine = nodeTextEngine();
    expect(engine.cut('嘉禾映月府开盘')).not.toContain('嘉禾映月府');
    nodeJieba().with_dict(toJiebaDict(parseUserDictionary('嘉禾映月府')));
    expect(engine.cut('嘉禾映月府开盘')).toContain('嘉禾映月府');
  });
});

describe('newspaperDict', () => {
  it('tags newspaper titles as proper nouns', () => {
    expect(newspaperDict(['金山报', '金山报', '松江报'])).toBe('金山报 5000 nz\n松江报 5000 nz');
    const engine = nodeTextEngine();
    expect(engine.tag('据浦东时报报道').find((t) => t.word === '浦东时报')?.tag).toBe('nz');
  });
});
