import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { longFirst } from './support/long-first-sequencer';

// Browser tests against the BUILT extension (<QUBAO_OUT_DIR or .output>/*): `npm run test:e2e` builds
// both browsers with the e2e hosts first. Two files at a time (QUBAO_E2E_WORKERS): each file starts
// its own browser on its own temporary profile and its own local servers (port 0), so files share
// nothing but the read-only build; most of a file's time is spent waiting on a browser, so two
// lanes nearly halve the run on a 2-core machine. The long files start first, so both lanes end
// near the same time (measured on the CI machine: durability ~130 s, the XSS files 60-100 s each).
const workers = Math.max(1, Number(process.env.QUBAO_E2E_WORKERS ?? 2));

export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: workers > 1,
    maxWorkers: workers,
    sequence: { sequencer: longFirst(['tests/e2e/durability.e2e.ts', 'tests/e2e/xss-firefox.e2e.ts', 'tests/e2e/xss.e2e.ts', 'tests/e2e/alerts-follow.e2e.ts']) },
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
