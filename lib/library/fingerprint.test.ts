import { describe, expect, it } from 'vitest';
import { articleFingerprint } from './fingerprint';

const body = ['区里今天召开会议，部署今年的河道整治工作，要求各街镇在六月底前完成排查。', '会议还通报了去年的工作情况。'];

describe('articleFingerprint', () => {
  it('ignores white space, page references and continuation notes', () => {
    const a = articleFingerprint('河道 整治', body);
    const b = articleFingerprint('河道整治', ['（上接第1版）区里今天召开会议，部署今年的河道整治工作，', '要求各街镇在六月底前完成排查。会议还通报了去年的工作情况。']);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
  });

  it('tells different articles apart and gives none for short bodies', () => {
    expect(articleFingerprint('河道整治', body)).not.toBe(articleFingerprint('学校开学', body));
    expect(articleFingerprint('图片新闻', ['一张照片'])).toBeNull();
  });
});
