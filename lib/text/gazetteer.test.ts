import { describe, expect, it } from 'vitest';
import { Gazetteer, gazetteer } from './gazetteer';
import { nodeTextEngine } from './engine-node';

const JINSHAN_TOWNS = ['金山卫镇', '山阳镇', '枫泾镇', '张堰镇', '朱泾镇'];

describe('gazetteer data', () => {
  it('holds about 36k distinct names from province down to town', () => {
    const g = gazetteer();
    expect(g.size).toBeGreaterThan(34_000);
    expect(g.lookup('上海市')[0]?.level).toBe('province');
    expect(g.lookup('金山区')[0]).toMatchObject({ level: 'area', district: '上海市金山区' });
    expect(g.lookup('东莞市').map((p) => p.district)).toContain('广东省东莞市');
    expect(g.has('市辖区')).toBe(false);
  });

  it('resolves the Jinshan towns to 上海市金山区', () => {
    const g = gazetteer();
    for (const town of JINSHAN_TOWNS) {
      expect(g.districtOf(town, { hint: '上海市金山区' }), town).toBe('上海市金山区');
    }
    // 山阳镇 exists twice; without a hint the other places of the article decide.
    expect(g.lookup('山阳镇').length).toBeGreaterThan(1);
    expect(g.districtOf('山阳镇')).toBeNull();
    expect(g.districtOf('山阳镇', { nearby: ['枫泾镇', '张堰镇'] })).toBe('上海市金山区');
    expect(g.districtOf('金山卫镇')).toBe('上海市金山区');
  });

  it('matches a hint written with a shortened prefecture name', () => {
    const g = new Gazetteer('52 贵州省\n5223 黔西南布依族苗族自治州\n522301 兴义市 黄草街道,城关镇\n622301 某县 城关镇');
    expect(g.districtOf('城关镇', { hint: '贵州省黔西南州兴义市' })).toBe('贵州省黔西南布依族苗族自治州兴义市');
  });

  it('keeps generic words and two-character towns out of the jieba dictionary', () => {
    const g = new Gazetteer('11 北京市\n1101 市辖区\n110101 郊区 张镇,东华门街道\n130133 赵县 城关镇');
    const words = g.toJiebaDict().split('\n').map((l) => l.split(' ')[0]);
    expect(words).toEqual(expect.arrayContaining(['北京市', '东华门街道', '赵县', '城关镇']));
    expect(words).not.toContain('郊区');
    expect(words).not.toContain('张镇');
    expect(words).not.toContain('市辖区');
  });
});

describe('gazetteer loaded into jieba', () => {
  it('cuts the Jinshan towns as single ns tokens', () => {
    const engine = nodeTextEngine();
    const text = `居民从${JINSHAN_TOWNS.join('、')}赶来。`;
    const tagged = engine.tag(text);
    for (const town of JINSHAN_TOWNS) {
      expect(tagged.find((t) => t.word === town), town).toMatchObject({ tag: 'ns' });
    }
    expect(engine.cut('金山卫镇')).toEqual(['金山卫镇']);
  });

  it('does not swallow 张镇长 (mayor Zhang) as a town', () => {
    expect(nodeTextEngine().cut('张镇长说')).toContain('镇长');
  });
});
