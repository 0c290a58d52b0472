import { describe, expect, it } from 'vitest';
import { RIS_ABSTRACT_CHARS, articleToRis, articlesToRis } from './ris';
import { hostileArticle, plainArticle } from './test-articles';

const tags = (ris: string) => ris.split('\r\n').filter(Boolean).map((l) => /^([A-Z][A-Z0-9])  - (.*)$/.exec(l)?.slice(1) ?? ['??', l]);

describe('RIS export', () => {
  it('writes a NEWS record Zotero and EndNote read', () => {
    const t = tags(articleToRis(plainArticle));
    expect(t[0]).toEqual(['TY', 'NEWS']);
    expect(t.at(-1)).toEqual(['ER', '']);
    const get = (tag: string) => t.filter(([k]) => k === tag).map(([, v]) => v);
    expect(get('AU')).toEqual(['王晓明', '李红', '赵一']);
    expect(get('TI')).toEqual(['老旧小区加装电梯进展顺利']);
    expect(get('T2')).toEqual(['青山区报']);
    expect(get('DA')).toEqual(['2024/03/05/']);
    expect(get('PY')).toEqual(['2024']);
    expect(get('SP')).toEqual(['3']);
    expect(get('SE')).toEqual(['综合新闻']);
    expect(get('UR')).toEqual(['https://epaper.example.cn/html/2024-03/05/content_1.htm']);
    expect(get('KW')).toEqual(['加装电梯', '老旧小区', '民生']);
    expect(get('N1')[0]).toContain('引题：民生实事');
    expect(get('N1')[0]).toContain('摄影：陈光');
    expect(get('AB')[0]).toContain('三十二部电梯');
  });

  it('hostile values cannot start tags or records; bad links are dropped', () => {
    const ris = articlesToRis([hostileArticle, plainArticle]);
    const t = tags(ris);
    expect(t.filter(([k]) => k === '??')).toEqual([]);
    expect(t.filter(([k]) => k === 'TY')).toHaveLength(2);
    expect(t.filter(([k]) => k === 'ER')).toHaveLength(2);
    expect(t.filter(([k]) => k === 'UR').map(([, v]) => v)).toEqual([plainArticle.url]);
  });

  it('cuts a long body to an abstract', () => {
    const long = { title: '长文', paragraphs: ['字'.repeat(RIS_ABSTRACT_CHARS * 3)] };
    const ab = tags(articleToRis(long)).find(([k]) => k === 'AB')![1]!;
    expect([...ab]).toHaveLength(RIS_ABSTRACT_CHARS + 1);
  });
});
