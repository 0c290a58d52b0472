import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findContinuation } from './continuation';
import { parseEditorLine } from './editors';
import { isFurnitureLine, MARKER_HINT, MARKER_RE } from './furniture';
import { dateFromUrl, parseChineseDate } from './dates';
import { pageFromUrl, parsePageLabel } from './page-label';
import { parseSourceLine } from './source-line';
import { removeCjkSpaces } from './cjk-spaces';

describe('continuation', () => {
  it('reads jump lines in their printed forms', () => {
    expect(findContinuation('（上接第3版）工程进展顺利。')).toEqual({ from: '3', to: null, cleaned: '工程进展顺利。' });
    expect(findContinuation('还有很多工作(下转第4版)').to).toBe('4');
    expect(findContinuation('上接第二版').from).toBe('2');
    expect(findContinuation('》》》上接05版').from).toBe('05');
    expect(findContinuation('他上接电话，下转身离开。')).toEqual({ from: null, to: null, cleaned: '他上接电话，下转身离开。' });
  });
});

describe('editors', () => {
  it('returns page editors only', () => {
    expect(parseEditorLine('责任编辑 夏至')).toEqual(['夏至']);
    expect(parseEditorLine('本版编辑：秋分 美术编辑：冬至')).toEqual(['秋分']);
    expect(parseEditorLine('责编要求大家注意版面。')).toBeNull();
  });
});

describe('furniture', () => {
  it('drops chrome and keeps sentences', () => {
    for (const l of ['下一篇', '放大 缩小 默认', '版 权 所 有 某某报社', '沪ICP备00000000号', '阅读量:12 本文字数:300', '首页 | 要闻 | 社会 | 视频 | 图片', '~~~某标题', '本期共8版'])
      expect(isFurnitureLine(l), l).toBe(true);
    for (const l of ['下一篇报道将介绍更多细节。', '首页上的新闻很多，读者点击踊跃。', '区里新建公园一座'])
      expect(isFurnitureLine(l), l).toBe(false);
  });
});

describe('dates and pages', () => {
  it('parses printed and URL dates', () => {
    expect(parseChineseDate('2019年3月5日 星期二')).toBe('2019-03-05');
    expect(parseChineseDate('2021年11 09')).toBe('2021-11-09');
    expect(parseChineseDate('2月30日')).toBeNull();
    expect(dateFromUrl('http://e.example.cn/html/2018-05/07/content_12.htm')).toBe('2018-05-07');
    expect(dateFromUrl('http://e.example.cn/pc/layout/201805/07/node_01.html')).toBe('2018-05-07');
    expect(dateFromUrl('http://e.example.cn/paperdate/20180507/part/3/')).toBe('2018-05-07');
    expect(dateFromUrl('http://e.example.cn/content_20180507.htm')).toBe('2018-05-07');
    expect(dateFromUrl('http://e.example.cn/content_37152.html')).toBeNull();
  });
  it('parses page labels and URL pages', () => {
    expect(parsePageLabel('第B03版：体育')).toEqual({ number: 'B03', name: '体育' });
    expect(parsePageLabel('第三版 综合')).toEqual({ number: '3', name: '综合' });
    expect(parsePageLabel('第04-05版:特刊')).toEqual({ number: '04-05', name: '特刊' });
    expect(parsePageLabel('(07) 副刊')).toEqual({ number: '07', name: '副刊' });
    expect(parsePageLabel('07:副刊')).toEqual({ number: '07', name: '副刊' });
    expect(parsePageLabel('会议于08:30开始')).toBeNull();
    expect(pageFromUrl('http://e.example.cn/paperdate/20180507/part/3/articleid/1.html')).toBe('3');
    expect(pageFromUrl('http://e.example.cn/html/2018-05/07/node_2.htm')).toBeNull();
    expect(pageFromUrl('http://e.example.cn/pc/layout/201805/07/node_B02.html')).toBe('B02');
  });
  it('parses source lines', () => {
    expect(parseSourceLine('本报记者 甲乙 《 东海晨报 》（ 2020年06月01日 第 07 版 ）')).toEqual({ newspaper: '东海晨报', date: '2020-06-01', page: '07' });
    expect(parseSourceLine('他读了《红楼梦》（节选）')).toBeNull();
  });
});

describe('removeCjkSpaces', () => {
  it('drops spaces between Chinese, keeps Latin word spaces and lines', () => {
    expect(removeCjkSpaces('村 民 们\n在 Open Day 上 说')).toBe('村民们\n在Open Day上说');
    expect(removeCjkSpaces('共 120 人 ，其中')).toBe('共120人，其中');
  });
});

describe('MARKER_HINT (the quick scan before the furniture markers)', () => {
  // Every line a marker matches must pass the hint, or chrome lines would be kept as text.
  const pieces = ['版', '权', '所', '有', 'Copyright', 'copyright', '©', 'ICP', 'icp', '备', '网安', '公', '国内统一刊号', '国内统一连续出版物号', 'CN', 'cn', '12', '-', '3456', '邮发代号', '订阅电话', '发行电话', '广告热线', '新闻热线', '投稿邮箱', '联系电话', '：', ':', '阅读量', '本文字数', '浏览次数', '点击数', '访问量', '本期共', '共', '（', '这已经是最后一期', '已经是第一期', '已经是最后一版', '上一篇', '下一期', '/enpproperty-->', '<!--', '-->', '~~~', ' ', '新闻', '的'];
  it('passes everything MARKER_RE matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const s = parts.join('');
        if (MARKER_RE.test(s)) expect(MARKER_HINT.test(s), s).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
