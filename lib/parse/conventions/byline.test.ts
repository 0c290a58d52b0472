import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CREDIT_ROLE_RE, ROLE_HINT, parseByline, splitNames } from './byline';

describe('parseByline', () => {
  it('reads reporters and correspondents with titles and paper names', () => {
    expect(parseByline('本报记者 钱多多 孙小美 通讯员 周大勇')).toMatchObject({
      reporters: ['钱多多', '孙小美'],
      correspondents: ['周大勇'],
    });
    expect(parseByline('江南日报全媒体记者柯一帆 通讯员吕青')).toMatchObject({ reporters: ['柯一帆'], correspondents: ['吕青'] });
    expect(parseByline('首席记者 韦东、见习记者 米兰 实习生 包子豪')).toEqual({
      reporters: ['韦东', '米兰'], correspondents: [], photographers: [], others: { 实习生: ['包子豪'] },
    });
  });
  it('turns everyone before 摄 into photographers', () => {
    expect(parseByline('记者 蓝天 白云 通讯员 青山 摄')).toEqual({
      reporters: [], correspondents: [], photographers: ['蓝天', '白云', '青山'], others: {},
    });
  });
  it('reads 文/图 forms and bracketed roles', () => {
    expect(parseByline('文/图 安然')).toMatchObject({ reporters: ['安然'], photographers: ['安然'] });
    expect(parseByline('文/林海 图/石磊')).toMatchObject({ reporters: ['林海'], photographers: ['石磊'] });
    expect(parseByline('【记者】温柔')).toMatchObject({ reporters: ['温柔'] });
    expect(parseByline('记者郝运、齐心')).toMatchObject({ reporters: ['郝运', '齐心'] });
    // 文/ 图/ before a titled credit: the slash says the role, 记者 only the title.
    expect(parseByline('文/江南日报全媒体记者 何琳 图/江南日报全媒体记者 苏杭')).toMatchObject({ reporters: ['何琳'], photographers: ['苏杭'] });
    expect(parseByline('文/图 本报记者 梅雨')).toMatchObject({ reporters: ['梅雨'], photographers: ['梅雨'] });
  });
  it('keeps transliterated names whole and drops non-names', () => {
    expect(splitNames('约翰·史密斯、本报 王小二')).toEqual(['约翰·史密斯', '王小二']);
  });
});

describe('ROLE_HINT (the quick scan before the credit pattern)', () => {
  // Every string the credit pattern matches must pass the hint, or credits would be missed.
  const pieces = ['记者', '通讯员', '实习生', '特约撰稿人', '撰稿', '摄影', '摄', '编辑', '校对', '作者', '设计', '制图', '绘图', '漫画', '图文', '文', '图', '/', '／', ' ', '本报', '日报', '首席', '驻京', '张明', '，', '。', '的'];
  it('passes everything CREDIT_ROLE_RE matches', () => {
    const re = new RegExp(CREDIT_ROLE_RE.source, 'u');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        if (re.test(s)) expect(ROLE_HINT.test(s), s).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const s of ['本报记者 甲乙', '通讯员丙', '文/丁', '图 ／ 戊', '图文 己', '庚 摄', '特约撰稿人 辛']) expect(ROLE_HINT.test(s)).toBe(true);
  });
});
