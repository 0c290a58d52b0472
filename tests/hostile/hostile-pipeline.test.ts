// Every generated hostile page (hostile-pages.ts, ≥ 200) through the whole pipeline
// (pipeline.ts): nothing throws, the parser reports no internal error, a failed page is kept as
// raw text, and each page finishes within 20× the time expected for its size. "Expected" is
// measured in this process first (the pipeline over a normal article and over a text-heavy one
// gives a fixed cost and a cost per character), so the bound follows the machine's load: a
// quadratic step or a runaway loop still breaks it, a busy machine does not.
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeTextEngine } from '../../lib/text/engine-node';
import { fullOnlyPages, hostilePages, type HostilePage } from './hostile-pages';
import { ARTICLE_URL, founderArticle, pageText, story, stories, TEXT_URL } from './page-shapes';
import { pipelineDeps, runPipeline, type PipelineDeps, type PipelineOutcome } from './pipeline';

const SLACK = 20;
const FULL = process.env.QUBAO_HOSTILE_FULL === '1';

interface Budget {
  fixedMs: number;
  perCharMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function calibrate(deps: PipelineDeps): Budget {
  const small: HostilePage = { name: 'reference article', category: 'malformed', url: ARTICLE_URL, build: () => ({ html: founderArticle(story(99)) }) };
  const heavy: HostilePage = { name: 'reference text-heavy article', category: 'huge', url: ARTICLE_URL, build: () => ({ html: founderArticle(story(98), { paragraphRepeat: 120 }) }) };
  runPipeline(small, deps); // warm up
  const smallRuns = [0, 1, 2].map(() => runPipeline(small, deps));
  const heavyRuns = [0, 1, 2].map(() => runPipeline(heavy, deps));
  const fixedMs = median(smallRuns.map((o) => o.ms));
  const perCharMs = Math.max(0, median(heavyRuns.map((o) => o.ms)) - fixedMs) / heavyRuns[0]!.chars;
  return { fixedMs, perCharMs };
}

const budgetFor = (b: Budget, chars: number) => SLACK * (b.fixedMs + b.perCharMs * chars);

/** What went wrong with one page, or null. */
function problem(o: PipelineOutcome, b: Budget): string | null {
  if (o.crash) return `${o.name}: threw in ${o.crash.stage}: ${o.crash.message}`;
  if (o.parseErrors.length) return `${o.name}: parser error result: ${o.parseErrors.join('; ')}`;
  if (o.articles === 0 && o.kinds.every((k) => k !== 'layout')) return `${o.name}: nothing kept (no article and no raw text)`;
  const limit = budgetFor(b, o.chars);
  if (o.ms > limit) return `${o.name}: ${o.ms.toFixed(0)} ms for ${o.chars} chars, over ${limit.toFixed(0)} ms (${SLACK}× expected); stages ${JSON.stringify(o.stageMs, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`;
  return null;
}

describe('hostile pages through the whole pipeline', () => {
  const pages = hostilePages();
  let deps: PipelineDeps;
  let budget: Budget;

  beforeAll(() => {
    deps = pipelineDeps(nodeTextEngine());
    budget = calibrate(deps);
  }, 120_000);

  it('generates at least 200 distinct pages in every hostile category', () => {
    expect(pages.length).toBeGreaterThanOrEqual(200);
    expect(new Set(pages.map((p) => p.name)).size).toBe(pages.length);
    const byCategory = new Map<string, number>();
    for (const p of pages) byCategory.set(p.category, (byCategory.get(p.category) ?? 0) + 1);
    expect([...byCategory.keys()].sort()).toEqual(['characters', 'charset', 'count', 'deep', 'huge', 'malformed', 'page-text', 'random']);
    // The generator is deterministic: the same name builds the same page.
    const p = pages.find((x) => x.name.startsWith('malformed/tag soup'))!;
    expect(p.build()).toEqual(p.build());
  });

  it('runs every ordinary page without a crash or parser error, each within its time budget', () => {
    const problems = pages.filter((p) => !p.big).map((p) => problem(runPipeline(p, deps), budget)).filter((x): x is string => x !== null);
    expect(problems).toEqual([]);
  }, 600_000);

  for (const p of pages.filter((x) => x.big)) {
    it(`runs ${p.name} within its time budget`, () => {
      expect(problem(runPipeline(p, deps), budget)).toBeNull();
    }, 600_000);
  }

  it('turns a parse that throws into a clear error result, keeps the page as raw text and goes on', () => {
    const boom: PipelineDeps = { ...deps, segmenter: { cut: () => { throw new RangeError('segmenter exploded'); } } };
    const textPage: HostilePage = { name: 'page text', category: 'page-text', url: TEXT_URL, build: () => ({ text: pageText(stories(40, 3)) }) };
    const failed = runPipeline(textPage, boom);
    expect(failed.crash).toBeNull();
    expect(failed.parseErrors.join()).toContain('segmenter exploded');
    expect(failed.kinds).toEqual(['none']);
    expect(failed.articles).toBe(1); // the raw-text record
    const next = runPipeline(textPage, deps);
    expect(next.parseErrors).toEqual([]);
    expect(next.kinds).toEqual(['page-text']);
    expect(next.articles).toBeGreaterThanOrEqual(3);
  });

  describe.runIf(FULL)('pages with megabytes of text (QUBAO_HOSTILE_FULL=1)', () => {
    for (const p of fullOnlyPages()) {
      it(`runs ${p.name} within its time budget`, () => {
        expect(problem(runPipeline(p, deps), budget)).toBeNull();
      }, 900_000);
    }
  });
});
