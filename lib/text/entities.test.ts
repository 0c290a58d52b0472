import { describe, expect, it } from 'vitest';
import { nodeTextEngine } from './engine-node';
import { extractEntities } from './entities';

const engine = nodeTextEngine();
const entitiesOf = (text: string, options: { bylines?: string[]; districtHint?: string | null } = {}) => extractEntities(engine.tag(text), options);
const placesOf = (text: string, hint: string | null = null) => Object.fromEntries(entitiesOf(text, { districtHint: hint }).places.map((p) => [p.name, p.district]));
const peopleOf = (text: string, bylines?: string[]) => entitiesOf(text, { bylines }).people.map((p) => p.name);

describe('places', () => {
  it('does not take ordinary words that are short forms of far-away districts for places (新建 → 新建区, 滨江 → 滨江区)', () => {
    const places = placesOf('小区新建了一个口袋公园，滨江步道也已贯通，新建道路三条。', '上海市金山区');
    expect(places).not.toHaveProperty('新建');
    expect(places).not.toHaveProperty('滨江');
  });

  it('accepts a short form next to a place of its province written in full, or in the paper\'s own province', () => {
    expect(placesOf('杭州滨江的企业来到金山区考察。')['滨江']).toBe('浙江省杭州市滨江区');
    expect(placesOf('南翔的小笼馒头远近闻名。', '上海市嘉定区')['南翔']).toBe('上海市嘉定区');
    expect(placesOf('南翔的小笼馒头远近闻名。')).not.toHaveProperty('南翔');
  });

  it('keeps names written in full and the seed towns, with their district', () => {
    const places = placesOf('山阳镇、枫泾镇、张堰镇、金山卫镇和朱泾镇的代表参加了会议。', '上海市金山区');
    for (const town of ['山阳镇', '枫泾镇', '张堰镇', '金山卫镇', '朱泾镇']) expect(places[town], town).toBe('上海市金山区');
  });
});

describe('people', () => {
  it('does not take words jieba tags as names for people without a person context', () => {
    expect(peopleOf('办理许可证要体现高水平服务，马赛克拼贴画也在展出。')).toEqual([]);
  });

  it('takes names with a role before or a verb of saying after, and lists of names in a byline', () => {
    expect(peopleOf('社区书记 周明辉 介绍，今年已加装电梯十部。')).toContain('周明辉');
    expect(peopleOf('张伟指出，文明创建要持续推进。')).toContain('张伟');
    expect(peopleOf('（记者 杨季峰 陈忆文 通讯员 朱丽燕）')).toEqual(expect.arrayContaining(['杨季峰', '陈忆文', '朱丽燕']));
  });

  it('does not take a place written short plus a character for a name (张堰新城, 金山嘴)', () => {
    expect(peopleOf('张堰新城建设提速，金山嘴渔村游客增多。')).toEqual([]);
  });

  it('always keeps bylines', () => {
    expect(peopleOf('今天天气很好。', ['杨季峰'])).toEqual(['杨季峰']);
  });
});

describe('organisations', () => {
  const orgsOf = (text: string) => entitiesOf(text).organisations.map((o) => o.name);
  it('keeps organisations jieba tags nt, and names ending in an organisation word', () => {
    expect(orgsOf('外交部和中科院的专家与区发展改革委员会座谈。')).toEqual(expect.arrayContaining(['外交部', '中科院']));
  });

  it('does not take two-character dictionary oddities tagged nt (新设) for organisations', () => {
    expect(orgsOf('绿道沿线新设的十二处驿站同步开放。')).not.toContain('新设');
  });
});
