import { describe, expect, it } from 'vitest';
import { enp, readEnpProperties } from './enpproperty';

describe('readEnpProperties', () => {
  it('reads founder-* fields from the trailer comment', () => {
    const p = readEnpProperties([' other ', 'enpproperty <founder-date>2024-01-05 23:59:59</founder-date><founder-pagenum>A01</founder-pagenum><founder-papername>某区报</founder-papername> /enpproperty']);
    expect(p).toMatchObject({ 'founder-date': '2024-01-05 23:59:59', 'founder-pagenum': 'A01', 'founder-papername': '某区报' });
  });

  it('strips <p> wrappers and entities, and keeps the first non-empty value of a key', () => {
    const p = readEnpProperties([
      'enpproperty <title><p>标题&amp;副</p></title><author></author> /enpproperty',
      'enpproperty <title>后来的标题</title><author>张三</author> /enpproperty',
    ]);
    expect(p.title).toBe('标题&副');
    expect(p.author).toBe('张三');
    expect(enp(p, 'founder-title', 'title')).toBe('标题&副');
    expect(enp(p, 'missing')).toBeNull();
  });

  it('ignores comments that are not enpproperty', () => {
    expect(readEnpProperties(['<npm:article-title>', 'enpcontent'])).toEqual({});
  });
});
