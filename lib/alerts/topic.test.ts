import { describe, expect, it } from 'vitest';
import { parseTopicLine, parseTopicTerms, validateTopic, type Topic } from './topic';

describe('parseTopicTerms', () => {
  it('splits synonyms on spaces, commas, 顿号 and semicolons', () => {
    expect(parseTopicTerms('山阳镇 山阳，金山卫、 区长;副区长')).toEqual(['山阳镇', '山阳', '金山卫', '区长', '副区长']);
  });
  it('keeps quoted phrases whole, with any kind of quotes', () => {
    expect(parseTopicTerms('"保障性 租赁住房" “城市 更新”  「老旧  小区」 更新')).toEqual(['保障性 租赁住房', '城市 更新', '老旧 小区', '更新']);
  });
  it('drops duplicates after normalisation (traditional, full-width, case)', () => {
    expect(parseTopicTerms('區長 区长 ＡＢＣ abc')).toEqual(['區長', 'ＡＢＣ']);
  });
  it('returns nothing for an empty line', () => {
    expect(parseTopicTerms('  ，、 ')).toEqual([]);
  });
});

describe('parseTopicLine', () => {
  it('reads +must-have and -excluded terms, also full-width signs and quoted phrases', () => {
    expect(parseTopicLine('山阳镇 +规划 -山阳镇中学 ＋"三年 行动" －广告')).toEqual({
      anyOf: ['山阳镇'],
      mustHave: ['规划', '三年 行动'],
      exclude: ['山阳镇中学', '广告'],
    });
  });
});

describe('validateTopic', () => {
  const base: Omit<Topic, 'id'> = { name: '山阳镇', anyOf: ['山阳镇'], scope: 'both', mode: 'word' };
  it('accepts a plain topic', () => {
    expect(validateTopic(base)).toEqual([]);
  });
  it('needs a name and a term', () => {
    const fields = validateTopic({ ...base, name: ' ', anyOf: [' '] }).map((p) => p.field);
    expect(fields).toEqual(['name', 'anyOf']);
  });
  it('refuses a one-character substring term but allows a one-character whole word', () => {
    expect(validateTopic({ ...base, anyOf: ['镇'], mode: 'substring' })[0]?.zh).toContain('整词');
    expect(validateTopic({ ...base, anyOf: ['镇'], mode: 'word' })).toEqual([]);
  });
  it('refuses a term that is also excluded, and over-long terms', () => {
    expect(validateTopic({ ...base, exclude: ['山陽鎮'] }).map((p) => p.field)).toEqual(['exclude']);
    expect(validateTopic({ ...base, anyOf: ['长'.repeat(51)] }).map((p) => p.field)).toEqual(['anyOf']);
  });
  it('gives Chinese and English wording', () => {
    const [p] = validateTopic({ ...base, name: '' });
    expect(p).toMatchObject({ zh: '请填写主题名称', en: 'The topic needs a name' });
  });
});
