import { describe, expect, it } from 'vitest';
import { parseUserDictionary } from '@/lib/text/dictionaries';
import { addDictionaryWord, dictionaryWords, removeDictionaryWord } from './dictionary-settings';

describe('user dictionary text', () => {
  it('adds a word once and removes it, keeping comments and other entries', () => {
    let text = '# 小区\n金山嘴渔村 ns';
    text = addDictionaryWord(text, '建发观唐府');
    text = addDictionaryWord(text, '建发观唐府');
    expect(parseUserDictionary(text).map((e) => e.word)).toEqual(['金山嘴渔村', '建发观唐府']);
    text = removeDictionaryWord(text, '金山嘴渔村');
    expect(text).toBe('# 小区\n建发观唐府');
    expect(addDictionaryWord('', '朱泾镇')).toBe('朱泾镇');
  });

  it('lists the same words as the background parser reads', () => {
    const text = '# 注释\n建发观唐府 nz\n\n  金山嘴渔村\t500 ns\n建发观唐府\n枫泾古镇　n';
    expect(dictionaryWords(text)).toEqual(parseUserDictionary(text).map((e) => e.word));
  });
});
