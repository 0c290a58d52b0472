import { describe, expect, it } from 'vitest';
import { importMessage } from './use-backup';

describe('backup import message', () => {
  it('sums the counts and says what was skipped or ignored', () => {
    const m = importMessage({ added: { articles: 3, settings: 1 }, updated: { articles: 1 }, unchanged: { pages: 2 }, skipped: { articles: 2 }, unknownTables: ['futureTable'] });
    expect(m.kind).toBe('ok');
    expect(m.lines).toEqual(['已恢复：新增 4 条，更新 1 条，已有 2 条未变。', '有 2 条记录格式不对，已跳过。', '文件里有这个版本不认识的内容（futureTable），已忽略。']);
    expect(importMessage({ added: {}, updated: {}, unchanged: {}, skipped: {}, unknownTables: [] }).lines).toHaveLength(1);
  });
});
