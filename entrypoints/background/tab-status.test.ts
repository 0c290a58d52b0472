import { describe, expect, it } from 'vitest';
import type { TabStatus } from '@/lib/protocol';
import { badgeFor } from './tab-status';

const base: TabStatus = { url: 'https://a.cn/', kind: 'article', reasons: [], confidence: 1, savedCount: 0, layoutSaved: false, awaitingSave: false, error: null, paperName: null, at: 0 };

describe('badgeFor', () => {
  it('maps each state to its badge', () => {
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor({ ...base, savedCount: 1 }).text).toBe('✓');
    expect(badgeFor({ ...base, kind: 'page-text', savedCount: 4 }).text).toBe('4');
    expect(badgeFor({ ...base, awaitingSave: true }).text).toBe('文');
    expect(badgeFor({ ...base, kind: 'layout' }).text).toBe('版');
    expect(badgeFor({ ...base, kind: 'none' }).text).toBe('');
    expect(badgeFor({ ...base, kind: 'none', savedCount: 1, error: 'x' }).text).toBe('!');
  });

  it('explains the state in the tooltip, in Chinese by default', () => {
    expect(badgeFor({ ...base, savedCount: 2 }).title).toBe('区报：已保存 2 篇文章');
  });
});
