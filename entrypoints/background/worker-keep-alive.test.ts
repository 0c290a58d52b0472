import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepWorkerAliveWhile } from './worker-keep-alive';

describe('keepWorkerAliveWhile', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('calls the extension API every 20 s while the work runs, and stops when it settles', async () => {
    const ping = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
    let finish!: (v: string) => void;
    const kept = keepWorkerAliveWhile(new Promise<string>((ok) => (finish = ok)));
    await vi.advanceTimersByTimeAsync(65_000);
    expect(ping).toHaveBeenCalledTimes(3);
    finish('opened');
    await expect(kept).resolves.toBe('opened');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ping).toHaveBeenCalledTimes(3);
  });

  it('passes a failure through and stops too; a failing ping is ignored', async () => {
    const ping = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockRejectedValue(new Error('shutting down'));
    let fail!: (e: Error) => void;
    const kept = keepWorkerAliveWhile(new Promise<never>((_, no) => (fail = no)));
    const seen = expect(kept).rejects.toThrow('upgrade aborted');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(ping).toHaveBeenCalledTimes(1);
    fail(new Error('upgrade aborted'));
    await seen;
    await vi.advanceTimersByTimeAsync(40_000);
    expect(ping).toHaveBeenCalledTimes(1);
  });
});
