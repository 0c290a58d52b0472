// One check per text convention listed in ../shared/docs/epaper-platforms.md §2, in the printed
// shapes the doc gives, with names and text we made up. A convention added to §2 gets a line here.
import { describe, expect, it } from 'vitest';
import { parseByline } from './byline';
import { findContinuation } from './continuation';
import { dateFromUrl, parseChineseDate } from './dates';
import { parseEditorLine } from './editors';
import { isFurnitureLine } from './furniture';
import { extractLeadByline, isCreditLine, trailingCredit } from './lead-byline';
import { parsePageLabel } from './page-label';
import { parseSourceLine } from './source-line';

describe('§2 datelines and bylines at the start of the body', () => {
  it('本报讯（记者 X 通讯员 Y）, with and without spaces, full- and half-width brackets', () => {
    expect(extractLeadByline('本报讯（记者林木 通讯员石泉）昨天，新桥落成。')).toMatchObject({
      byline: { reporters: ['林木'], correspondents: ['石泉'] },
      rest: '昨天，新桥落成。',
    });
    expect(extractLeadByline('本报讯 (记者 林木)昨天，新桥落成。')?.byline.reporters).toEqual(['林木']);
    expect(extractLeadByline('本报讯（记者柯蓝）近日，镇里开展义诊。')?.byline.reporters).toEqual(['柯蓝']);
  });
  it('实习生 after the reporter is its own role, not part of the reporter', () => {
    const b = extractLeadByline('本报讯（记者 程远 实习生 陶然）7月28日，夜市开张。');
    expect(b?.byline.reporters).toEqual(['程远']);
    expect(b?.byline.others['实习生']).toEqual(['陶然']);
    expect(b?.rest).toBe('7月28日，夜市开张。');
  });
  it('a paper name and 全媒体/首席/特约/特派 titles before the role', () => {
    const b = extractLeadByline('本报讯 （东江日报全媒体记者黎明 通讯员甘霖）日前，渡口改造完工。');
    expect(b?.byline).toMatchObject({ reporters: ['黎明'], correspondents: ['甘霖'] });
    expect(parseByline('首席记者 韩冬 特约记者 夏雨 特派记者 秋实').reporters).toEqual(['韩冬', '夏雨', '秋实']);
    expect(parseByline('见习记者 米粒').reporters).toEqual(['米粒']);
  });
  it('separate-paragraph bylines: 【记者】 【通讯员】 【校对】, 文/ 文/图 图/…作, 记者 X 摄, 新华社发（X 摄）', () => {
    expect(parseByline('【记者】柳岸 【通讯员】罗盘')).toMatchObject({ reporters: ['柳岸'], correspondents: ['罗盘'] });
    expect(parseByline('【校对】梁上').others['校对']).toEqual(['梁上']);
    expect(parseByline('文/张弓').reporters).toEqual(['张弓']);
    expect(parseByline('文/图 许诺')).toMatchObject({ reporters: ['许诺'], photographers: ['许诺'] });
    expect(parseByline('图/新华社发 朱砂作').photographers).toEqual(['朱砂']);
    expect(isCreditLine('记者 程门 摄')).toBe(true);
    expect(parseByline('记者 程门 摄').photographers).toEqual(['程门']);
    expect(trailingCredit('渔船归港。新华社发（陈皮 摄）')).toMatchObject({ rest: '渔船归港。', byline: { photographers: ['陈皮'] } });
  });
  it('People’s Daily p.sec: 本报记者 X 《报名》（日期 第 N 版）', () => {
    expect(parseSourceLine('本报记者 齐鲁 《东海日报》（ 2024年12月07日 第 01 版）')).toEqual({ newspaper: '东海日报', date: '2024-12-07', page: '01' });
    expect(parseByline('本报记者 齐鲁').reporters).toEqual(['齐鲁']);
  });
});

describe('§2 wire copy', () => {
  it('新华社{地点}{M}月{D}日电（记者…）', () => {
    const w = extractLeadByline('新华社北京12月27日电（记者白桦、胡杨）记者从有关部门获悉，');
    expect(w?.byline.reporters).toEqual(['白桦', '胡杨']);
    expect(w?.rest).toBe('记者从有关部门获悉，');
  });
  it('a separate 新华社记者 line after a 电题 dateline', () => {
    expect(isCreditLine('新华社记者刘备、关羽')).toBe(true);
    expect(parseByline('新华社记者刘备、关羽').reporters).toEqual(['刘备', '关羽']);
  });
});

describe('§2 continuations', () => {
  it('上接/下转 with Arabic and Chinese page numbers', () => {
    expect(findContinuation('（下转第2版）').to).toBe('2');
    expect(findContinuation('（上接第一版）村里的路修好了。')).toMatchObject({ from: '1', cleaned: '村里的路修好了。' });
    expect(findContinuation('(上接A2版)').from).toBe('A2');
  });
});

describe('§2 page labels', () => {
  it.each([
    ['第1版：要闻', '1', '要闻'],
    ['第A01版：头版', 'A01', '头版'],
    ['01版：要闻', '01', '要闻'],
    ['第01版：要闻', '01', '要闻'],
    ['A01： 头版', 'A01', '头版'],
    ['(01) 要闻', '01', '要闻'],
    ['第1版 头版', '1', '头版'],
    ['第002版：要闻时政', '002', '要闻时政'],
    ['第JSA01版：江山', 'JSA01', '江山'],
  ])('%s', (label, number, name) => {
    expect(parsePageLabel(label)).toEqual({ number, name });
  });
});

describe('§2 dates', () => {
  it('printed, URL and enpproperty forms', () => {
    expect(parseChineseDate('2017年7月22日　星期六')).toBe('2017-07-22');
    expect(parseChineseDate('（2024年12月07日 第 01 版）')).toBe('2024-12-07');
    expect(parseChineseDate('2017-07-22 23:59:59')).toBe('2017-07-22');
    expect(parseChineseDate('2016-10-31 09:28:27.0')).toBe('2016-10-31');
    expect(dateFromUrl('http://e.example.cn/html/2017-07/22/node_2.htm')).toBe('2017-07-22');
    expect(dateFromUrl('http://e.example.cn/pc/layout/201707/22/node_01.html')).toBe('2017-07-22');
    expect(dateFromUrl('http://e.example.cn/Html/2017-07-22/Qpaper.html')).toBe('2017-07-22');
    expect(dateFromUrl('http://e.example.cn/mobile/2017/20170722/20170722_m.html')).toBe('2017-07-22');
  });
  it('short forms without a year are no issue date', () => {
    expect(parseChineseDate('7月28日')).toBeNull();
  });
});

describe('§2 editor lines and page furniture', () => {
  it('责任编辑, 责编, 版面编辑, 本版编辑', () => {
    expect(parseEditorLine('责任编辑：陆离')).toEqual(['陆离']);
    expect(parseEditorLine('责编 陆离')).toEqual(['陆离']);
    expect(parseEditorLine('版面编辑：吴钩')).toEqual(['吴钩']);
    expect(parseEditorLine('本版编辑 吴钩')).toEqual(['吴钩']);
  });
  it.each(['上一篇', '下一篇', '版权所有 某某报社', '浙ICP备00000000号', '订阅电话：0571-00000000', 'PDF下载', '打印本页', '放大 缩小 默认', '朗读'])(
    'drops %s',
    (line) => expect(isFurnitureLine(line)).toBe(true),
  );
});

describe('§2 bullets', () => {
  it('■ before a credit paragraph', () => {
    expect(isCreditLine('■ 本报记者 季节')).toBe(true);
    expect(isCreditLine('□通讯员 丁当')).toBe(true);
  });
});
