import { describe, expect, it } from 'vitest';
import { inboxRow } from './inbox-test-support';
import { isInboxId, MAX_INBOX_ATTEMPTS, pendingCaptureFileName, pendingCaptures } from './inbox-view';

const row = inboxRow;

describe('pendingCaptures', () => {
  it('lists stopped rows first, then waiting, then working, newest first within, without the page itself', () => {
    const now = 1_000;
    const got = pendingCaptures(
      [
        row('working-old', { receivedAt: 1 }),
        row('waiting', { attempts: 2, nextAttemptAt: 5_000, error: 'QuotaExceededError', receivedAt: 3 }),
        row('stopped', { attempts: MAX_INBOX_ATTEMPTS, nextAttemptAt: 9_000, error: 'UnknownError', receivedAt: 2 }),
        row('working-new', { receivedAt: 9, stage: 'stored', html: '' }),
      ],
      now,
    );
    expect(got.map((p) => [p.id, p.state])).toEqual([
      ['stopped', 'stopped'],
      ['waiting', 'waiting'],
      ['working-new', 'working'],
      ['working-old', 'working'],
    ]);
    expect(got[1]).toMatchObject({ retryAt: 5_000, error: 'QuotaExceededError', attempts: 2 });
    expect(got[0]!.retryAt).toBeNull();
    expect(got[2]).toMatchObject({ stored: true, htmlChars: 0 });
    expect(got[3]).toMatchObject({ stored: false, htmlChars: 8 });
    expect(got.every((p) => !('html' in p))).toBe(true);
  });
});

describe('isInboxId', () => {
  it('accepts only the ids inboxKey makes', () => {
    expect(isInboxId(`a:${'0'.repeat(32)}`)).toBe(true);
    expect(isInboxId(`m:${'f'.repeat(32)}`)).toBe(true);
    for (const bad of [`x:${'0'.repeat(32)}`, `a:${'0'.repeat(31)}`, `a:${'G'.repeat(32)}`, `a:${'0'.repeat(32)}\n`, 7, null]) expect(isInboxId(bad)).toBe(false);
  });
});

describe('pendingCaptureFileName', () => {
  it('uses the host and the arrival time, never the (hostile) title', () => {
    const name = pendingCaptureFileName({ url: 'http://epaper.example.cn/a/../b', receivedAt: new Date(2026, 4, 6, 7, 8, 9).getTime() });
    expect(name).toBe('qubao-unsaved-epaper.example.cn-20260506-070809.html');
    expect(pendingCaptureFileName({ url: 'not a url', receivedAt: 0 })).toMatch(/^qubao-unsaved-page-\d{8}-\d{6}\.html$/);
  });
});
