import { describe, expect, it } from 'vitest';
import { gbt7714Citation, gbt7714List, gbtCreators } from './gbt7714';
import { hostileArticle, plainArticle } from './test-articles';

describe('GB/T 7714-2015 newspaper citation', () => {
  it('作者. 题名: 副题[N]. 报纸名, 出版日期(版次).', () => {
    expect(gbt7714Citation(plainArticle)).toBe('王晓明, 李红, 赵一. 老旧小区加装电梯进展顺利: 今年已完工三十二部[N]. 青山区报, 2024-03-05(3).');
  });

  it('lists up to three creators, then ", 等" (", et al." for Latin names)', () => {
    expect(gbtCreators(['甲', '乙', '丙'])).toBe('甲, 乙, 丙');
    expect(gbtCreators(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
    expect(gbtCreators(['Smith J', 'Lee K', 'Wu H', 'Ng P'])).toBe('Smith J, Lee K, Wu H, et al');
    const many = { ...plainArticle, subtitle: null, reporters: ['甲', '乙', '丙', '丁'], correspondents: [] };
    expect(gbt7714Citation(many)).toBe('甲, 乙, 丙, 等. 老旧小区加装电梯进展顺利[N]. 青山区报, 2024-03-05(3).');
  });

  it('starts with the title when no creator is known, and drops missing parts cleanly', () => {
    const bare = { title: '春耕备耕忙', paperName: '江北日报', date: '2023-04-01' };
    expect(gbt7714Citation(bare)).toBe('春耕备耕忙[N]. 江北日报, 2023-04-01.');
    expect(gbt7714Citation({ title: '无出处' })).toBe('无出处[N].');
  });

  it('online form: [N/OL], access date and http(s) URL only', () => {
    const on = gbt7714Citation({ ...plainArticle, subtitle: null }, { online: true, accessed: '2024-04-01' });
    expect(on).toBe('王晓明, 李红, 赵一. 老旧小区加装电梯进展顺利[N/OL]. 青山区报, 2024-03-05(3)[2024-04-01]. https://epaper.example.cn/html/2024-03/05/content_1.htm.');
    expect(gbt7714Citation(hostileArticle, { online: true })).not.toContain('javascript');
  });

  it('keeps hostile values on one line and numbers a list', () => {
    const c = gbt7714Citation(hostileArticle);
    expect(c).not.toMatch(/[\r\n\t]/);
    expect(c).toContain('[N]. 报,纸 名, 2024-03-05(A2).');
    const list = gbt7714List([plainArticle, hostileArticle]).split('\n');
    expect(list).toHaveLength(2);
    expect(list[1]!.startsWith('[2] ')).toBe(true);
  });
});
