import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The e2e files run two at a time (vitest.e2e.config.ts). A clean clone has no timing cache, and
// vitest then starts the largest files first, which left the two long files (durability and the
// Firefox XSS run) for the end of one lane. These start first, in this order, so both lanes end
// near the same time; the rest follow vitest's own order (cached durations when there are some).
export const LONG_E2E_FILES = ['durability.e2e.ts', 'xss-firefox.e2e.ts', 'xss.e2e.ts', 'alerts-follow.e2e.ts'];

const rank = (spec: TestSpecification) => {
  const i = LONG_E2E_FILES.findIndex((f) => spec.moduleId.endsWith(`/tests/e2e/${f}`));
  return i < 0 ? LONG_E2E_FILES.length : i;
};

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map((x) => x.spec);
  }
}
