// The field-source rules that the §1.3–1.5 platforms needed, each on a small page of its own:
// fixtures show them on whole pages, these say which rule does what.
import { describe, expect, it } from 'vitest';
import { parseHtml, textLines } from '../dom';
import { AUTHOR_SOURCES, BODY_SOURCES, INTRO_SOURCES, SUBTITLE_SOURCES } from './article-fields';
import { creditUnderTitle, readBodyNodes, readText } from './field-sources';

const doc = (html: string) => parseHtml(html);

describe('readBodyNodes', () => {
  it('takes every paragraph when the body class sits on each <p>, not the longest one', () => {
    const d = doc('<div><p class="dzb-desc-box">第一段，镇上新开了一家书店。</p><p class="dzb-desc-box">第二段，书店每周办一次读书会，街坊都来。</p></div>');
    expect(readBodyNodes(d, BODY_SOURCES)?.lines).toEqual(['第一段，镇上新开了一家书店。', '第二段，书店每周办一次读书会，街坊都来。']);
  });
  it('still takes the fullest of repeated containers (an empty twin of #ozoom)', () => {
    const d = doc('<div id="ozoom"></div><div id="ozoom"><p>正文在这里，区里新修了一条绿道。</p></div>');
    expect(readBodyNodes(d, BODY_SOURCES)?.lines).toEqual(['正文在这里，区里新修了一条绿道。']);
  });
});

describe('readText', () => {
  it('reads a byline from meta[name=author] only when it names a role', () => {
    expect(readText(doc('<meta name="author" content="某报记者 程序 通讯员 方案">'), {}, AUTHOR_SOURCES)).toBe('某报记者 程序 通讯员 方案');
    expect(readText(doc('<meta name="author" content="某某新闻网">'), {}, AUTHOR_SOURCES)).toBeNull();
  });
  it('finds headings named only by class', () => {
    const d = doc('<p class="x-pre-title-box">引题在上</p><h2>主标题</h2><p class="x-sub-title-box">——副题在下</p><p class="x-author-box">记者 甲乙</p>');
    expect(readText(d, {}, INTRO_SOURCES)).toBe('引题在上');
    expect(readText(d, {}, SUBTITLE_SOURCES)).toBe('——副题在下');
    expect(readText(d, {}, AUTHOR_SOURCES)).toBe('记者 甲乙');
    // A box named author that holds no credit (来源 and date) is no byline.
    expect(readText(doc('<div class="article-author">来源：某某日报 2024-05-08</div>'), {}, AUTHOR_SOURCES)).toBeNull();
  });
  it('reads the td.font02 rows around td.font01 without table.wz', () => {
    const d = doc('<table><tr><td class="font02">引题行</td></tr><tr><td class="font01">标题行</td></tr><tr><td class="font02">——副题行</td></tr></table>');
    expect(readText(d, {}, INTRO_SOURCES)).toBe('引题行');
    expect(readText(d, {}, SUBTITLE_SOURCES)).toBe('——副题行');
  });
});

describe('creditUnderTitle', () => {
  const lines = textLines(doc('<h1>标题行</h1><div>2024-05-08 第A06版：城事 文/某报记者 高山 通讯员 流水</div><div><p>正文第一段。</p></div>'));
  it('takes the credit from the info line between headline and body, from its first role word', () => {
    expect(creditUnderTitle(lines, '标题行', '正文第一段。')).toBe('文/某报记者 高山 通讯员 流水');
  });
  it('looks no further than the body and needs the headline', () => {
    expect(creditUnderTitle(['标题行', '正文第一段。', '记者 高山'], '标题行', '正文第一段。')).toBeNull();
    expect(creditUnderTitle(lines, '别的标题', '正文第一段。')).toBeNull();
  });
});
