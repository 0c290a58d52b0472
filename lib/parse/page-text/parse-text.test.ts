import { describe, expect, it } from 'vitest';
import { nodeSegmenter } from '../../text/segmenter-node';
import { parseTextPage } from './parse-text';
import { segmentPageText } from './index';

// Pages written for these tests in the shapes of real e-paper text (no corpus text).
const ARTICLE_PAGE = [
  '首页 | 本地 | 要闻 | 社会 | 视频 | 图片 | 微博',
  '第A03版:城区新闻',
  '2021年05月06日 星期四',
  '放大 缩小 默认 上一篇 下一篇',
  '',
  '老街巷焕新颜 居民乐开怀',
  '——城南街道推进背街小巷整治',
  '阅读量:321 本文字数:560',
  '本报讯（记者 钟秀 通讯员 吉祥）连日来，城南街道对辖区12条背街小巷开展整治，',
  '',
  '重新铺设路面、规范停车、增设绿化。',
  '“以前下雨就积水，现在干净多了。”居民老周说。（下转第4版）',
  '',
  '上 海 某 报 业 集 团   版 权 所 有',
  '城南晨报',
].join('\n');

const PAGE_TEXT = [
  '河 道 清 淤 工 程 启 动',
  '',
  '本报讯 (记者 程远 通讯员 高洁)近日，东湖镇启动河道清淤工程，计划清理河道',
  '',
  '8条，总长约15公里。',
  '镇水务站负责人介绍，工程预计年底完工。',
  '',
  '图书馆延长开放时间',
  '即日起，区图书馆每周五延长开放至晚上九点，方便上班族借阅。',
  '记者 柳青 摄',
  '',
  '（上接第1版）此外，园区还将建设人才公寓两栋，提供房源300套。',
  '记者 石岩',
  '',
  '遗失声明',
  '某某商贸有限公司遗失公章一枚，声明作废。',
  '',
  '社区课堂',
  '■老年人防诈骗讲座开讲',
  '社区民警为老人讲解常见骗局，提醒大家守好钱袋子。',
  '',
  '责任编辑 韩梅',
].join('\n');

describe('parseTextPage on an article page', () => {
  const r = parseTextPage({ url: 'http://paper.example.cn/html/2021-05/06/content_8812.htm', text: ARTICLE_PAGE }, { segmenter: nodeSegmenter() });
  it('reads the page facts', () => {
    expect(r.kind).toBe('article');
    expect(r.date).toBe('2021-05-06');
    expect(r.page).toEqual({ number: 'A03', name: '城区新闻' });
    expect(r.newspaper?.name).toBe('城南晨报');
  });
  it('builds one clean article in reading order', () => {
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.title).toBe('老街巷焕新颜 居民乐开怀');
    expect(a.subtitle).toContain('城南街道推进背街小巷整治');
    expect(a.reporters).toEqual(['钟秀']);
    expect(a.correspondents).toEqual(['吉祥']);
    expect(a.body).toContain('开展整治，重新铺设路面');
    expect(a.continuedTo).toBe('4');
    for (const chrome of ['阅读量', '版权', '放大', '首页', '城南晨报']) expect(a.body).not.toContain(chrome);
  });
});

describe('parseTextPage on a whole printed page', () => {
  const r = parseTextPage({ url: null, text: PAGE_TEXT }, { segmenter: nodeSegmenter() });
  const find = (s: string) => r.articles.find((a) => (a.title + a.body).includes(s));
  it('finds the articles and the page editor', () => {
    expect(r.kind).toBe('page-text');
    expect(r.editors).toEqual(['韩梅']);
    expect(r.articles.map((a) => a.body).join('')).not.toContain('韩梅');
  });
  it('joins a sentence split across a blank line and removes text-layer spaces', () => {
    const a = find('清淤')!;
    expect(a.title).toBe('河道清淤工程启动');
    expect(a.body).toContain('计划清理河道8条，总长约15公里。');
    expect(a.reporters).toEqual(['程远']);
  });
  it('recognises photo news, continuations, notices and boxed briefs', () => {
    expect(find('图书馆')).toMatchObject({ kind: 'photo', photographers: ['柳青'] });
    expect(find('人才公寓')).toMatchObject({ kind: 'continuation', continuedFrom: '1', reporters: ['石岩'] });
    expect(find('公章')).toMatchObject({ kind: 'notice', title: '遗失声明' });
    const box = find('防诈骗')!;
    expect(box.kind).toBe('brief');
    expect(box.title).toBe('老年人防诈骗讲座开讲');
    expect(box.introTitle ?? '').not.toContain('社区课堂');
  });
  it('works without a segmenter', () => {
    const plain = parseTextPage({ url: null, text: PAGE_TEXT });
    expect(plain.articles.length).toBe(r.articles.length);
    expect(plain.articles.find((a) => a.body.includes('公章'))?.kind).toBe('notice');
  });
});

describe('robustness', () => {
  it('never throws and reports empty input as none', () => {
    for (const text of ['', '\n\n', '（', '本报讯（', '~~~', 'a'.repeat(5000), '第1版：\n\n\n责任编辑']) {
      const r = parseTextPage({ url: null, text });
      expect(r).toBeTruthy();
      expect(['none', 'article', 'page-text']).toContain(r.kind);
    }
    expect(parseTextPage({ url: null, text: '' }).kind).toBe('none');
  });
  it('keeps every character: article text, bylines and furniture cover the input', () => {
    const seg = segmentPageText(PAGE_TEXT, { segmenter: nodeSegmenter() });
    const kept = (seg.articles.map((a) => [a.introTitle, a.title, a.subtitle, a.body].join('')).join('') + seg.furniture.join('')).replace(/\s/g, '');
    const names = seg.articles.flatMap((a) => [...a.reporters, ...a.correspondents, ...a.photographers]);
    // Box and bullet glyphs are layout marks, not text; names live in the byline fields.
    const inNames = (ch: string) => names.join('').includes(ch);
    for (const ch of PAGE_TEXT.replace(/[\s■□●•]/g, '')) if (!inNames(ch)) expect(kept, ch).toContain(ch);
    expect(seg.furniture.join(' ')).toContain('上接第1版');
  });
  it('reads plain text with no newspaper marks as no page, the same text under a dateline as an article', () => {
    const notes = ['读书会纪要', '', '时间：周六下午两点', '', '1. 下次共读的书目由大家投票决定，周三前在群里报名。', '2. 场地仍在社区活动室，请提前十分钟到场布置桌椅。'].join('\n');
    const plain = parseTextPage({ url: null, text: notes });
    expect(plain.kind).toBe('none');
    expect(plain.articles).toEqual([]);
    const dated = parseTextPage({ url: null, text: notes.replace('1. ', '本报讯（记者 钟秀）') });
    expect(dated.kind).toBe('article');
  });
  it('takes the paper and the date from a masthead line at the top', () => {
    const text = ['城东报  2023年4月2日  星期日', '第2版  要闻', '', '河道清淤完工', '', '本报讯（记者 钟秀）城东街道三条河道清淤工程日前完工，共清出淤泥一万余方。'].join('\n');
    const r = parseTextPage({ url: null, text });
    expect(r.newspaper?.name).toBe('城东报');
    expect(r.date).toBe('2023-04-02');
    expect(r.articles[0]!.body).not.toContain('城东报');
  });
});
