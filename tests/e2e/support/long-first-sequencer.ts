import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A sequencer that starts these files first, in this order (paths relative to the repo root), then
 * the rest in vitest's own order (cached durations when there are some). A clean clone has no
 * timing cache and vitest then starts the largest files first, which can leave a long file for the
 * end of one lane while the other lanes sit idle. Used by vitest.config.ts and the e2e config.
 */
export function longFirst(files: readonly string[]): new (...args: ConstructorParameters<typeof BaseSequencer>) => BaseSequencer {
  const rank = (spec: TestSpecification) => {
    const i = files.findIndex((f) => spec.moduleId.replace(/\\/g, '/').endsWith(`/${f}`));
    return i < 0 ? files.length : i;
  };
  return class LongFirstSequencer extends BaseSequencer {
    override async sort(specs: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(specs);
      return sorted.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map((x) => x.spec);
    }
  };
}
