import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteQueue } from './site-queue';

describe('siteQueue', () => {
  it('is one queue for the whole worker', () => {
    expect(siteQueue()).toBe(siteQueue());
  });

  it('is what save jobs and follow checks fetch through (no second queue of their own)', () => {
    for (const f of ['save-jobs.ts', 'follow-runner.ts']) {
      const src = readFileSync(path.join(__dirname, f), 'utf8');
      expect(src, f).toContain('siteQueue()');
      expect(src, f).not.toContain('createPoliteQueue(');
      expect(src, f).not.toMatch(/(^|[^.\w])fetch\(/m);
    }
  });
});
