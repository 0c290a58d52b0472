import { describe, expect, it } from 'vitest';
import { extractLeadByline, isCreditLine, trailingCredit } from './lead-byline';

describe('extractLeadByline', () => {
  it('splits the 本报讯 dateline with full- and half-width brackets', () => {
    const a = extractLeadByline('本报讯（记者纪律 通讯员严谨）昨天下午，区里召开会议。');
    expect(a?.byline.reporters).toEqual(['纪律']);
    expect(a?.byline.correspondents).toEqual(['严谨']);
    expect(a?.rest).toBe('昨天下午，区里召开会议。');
    expect(extractLeadByline('本报讯 (通讯员 莫言语)5月2日,镇上举行活动。')?.rest).toBe('5月2日,镇上举行活动。');
  });
  it('handles a lost opening bracket and wire copy', () => {
    const a = extractLeadByline('东城讯东城日报记者 方圆 通讯员 凡平 文/图)为迎接节日，街道布置花坛。');
    expect(a?.byline.reporters).toEqual(['方圆']);
    expect(a?.rest).toBe('为迎接节日，街道布置花坛。');
    const w = extractLeadByline('新华社上海5月6日电（记者甘甜、苗苗）记者从有关部门获悉，');
    expect(w?.byline.reporters).toEqual(['甘甜', '苗苗']);
    expect(w?.rest).toBe('记者从有关部门获悉，');
  });
  it('matches a bare dateline and leaves ordinary sentences alone', () => {
    expect(extractLeadByline('本报讯 入夏以来，公园游客增多。')?.rest).toBe('入夏以来，公园游客增多。');
    expect(extractLeadByline('入夏以来，公园游客增多。')).toBeNull();
  });
});

describe('credit lines', () => {
  it('recognises standalone credits only', () => {
    expect(isCreditLine('记者 常青 摄')).toBe(true);
    expect(isCreditLine('■ 北方日报全媒体记者 季风')).toBe(true);
    expect(isCreditLine('通讯员 丁香')).toBe(true);
    expect(isCreditLine('记者来到现场')).toBe(false);
    expect(isCreditLine('记者 常青 说，今年很好。')).toBe(false);
  });
  it('takes a credit off the end of a caption', () => {
    expect(trailingCredit('孩子们在操场上放风筝。(高飞 摄)')).toMatchObject({ rest: '孩子们在操场上放风筝。', byline: { photographers: ['高飞'] } });
    expect(trailingCredit('游客在湖边合影。本报记者 余晖 摄')?.byline.photographers).toEqual(['余晖']);
    expect(trailingCredit('项目于去年开工(一期)')).toBeNull();
  });
});
