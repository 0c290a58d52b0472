import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { longFirst } from './tests/e2e/support/long-first-sequencer';

export default defineConfig({
  plugins: [WxtVitest()],
  // WxtVitest's own defines do not reach test code in 0.21 (see shared notes §0.6).
  define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
  test: {
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'components/**/*.test.ts', 'entrypoints/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts', 'demo/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI machine, so
    // the 150 files ran one after another. The main process only collects results; use every core.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // The few files of 15-40 s start first so no lane ends with one of them alone.
    sequence: { sequencer: longFirst(['tests/corpus-score.test.ts', 'tests/hostile/hostile-pipeline.test.ts', 'lib/store/migrations/migration-scale.test.ts', 'tests/hostile/live-dom.test.ts']) },
  },
});
