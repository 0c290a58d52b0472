// Scores the parser on ../shared/corpus with the shared scorer (a child process running the
// parse CLI per page) and holds the targets: each seed ≥ 0.95 with joined ≥ 0.9 on seed 000;
// real-html + real-text overall ≥ 0.97 with no page below 0.85. Skips when the corpus is absent.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const corpus = path.join(shared, 'corpus');
const scorer = path.join(shared, 'tools/score-parse.mjs');
const present = existsSync(corpus) && existsSync(scorer);

interface Row {
  name: string;
  cols: Record<string, number | null>;
  score: number;
}
interface Report {
  rows: Row[];
  overall: number;
  output: string;
}

const KEYS = ['found', 'precision', 'headline', 'bylines', 'content', 'joined', 'clean', 'kind', 'page'];

/** Reads score-parse.mjs's table: a header line, one row per page, then "overall X over N page(s)…". */
function parseScoreTable(output: string): Report {
  const lines = output.split('\n');
  const head = lines.findIndex((l) => /^page\s+found/.test(l));
  const rows: Row[] = [];
  for (const line of lines.slice(head + 1)) {
    const cells = line.trim().split(/\s+/);
    if (line.startsWith(' ') || cells.length !== KEYS.length + 2) continue; // verbose miss lines, blank lines
    const num = (c: string) => (c === '-' ? null : Number(c));
    rows.push({
      name: cells[0] ?? '',
      cols: Object.fromEntries(KEYS.map((k, i) => [k, num(cells[i + 1] ?? '-')])),
      score: Number(cells[KEYS.length + 1] ?? NaN),
    });
  }
  const overall = /^overall ([\d.]+) over/m.exec(output);
  if (head < 0 || !overall) throw new Error(`unreadable scorer output:\n${output}`);
  return { rows, overall: Number(overall[1]), output };
}

function runScorer(...targets: string[]): Promise<Report> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [scorer, '--verbose', ...targets],
      { cwd: root, maxBuffer: 16 << 20, timeout: 110_000 },
      // The scorer exits 0 here (no --min); a non-zero exit is a usage error or a crash.
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(parseScoreTable(stdout))),
    );
  });
}

describe('parseScoreTable', () => {
  it('reads rows, dashes and the overall line', () => {
    const out = [
      'page                         found preci headl bylin conte joine clean  kind  page score',
      '000_a566e9419efc42a3          1.00  1.00  0.80  1.00  0.95  0.75  1.00  1.00  1.00  0.94',
      '    - x: not found',
      'hnrb-snippet-heiqisha         1.00  1.00  1.00     -  1.00     -  1.00  1.00  1.00  1.00',
      'overall 0.970 over 2 page(s); lowest 0.94 (000_a566e9419efc42a3)',
    ].join('\n');
    const r = parseScoreTable(out);
    expect(r.overall).toBe(0.97);
    expect(r.rows.map((x) => [x.name, x.cols.joined, x.score])).toEqual([
      ['000_a566e9419efc42a3', 0.75, 0.94],
      ['hnrb-snippet-heiqisha', null, 1],
    ]);
  });
});

if (!present) {
  const msg = `corpus-score: ${corpus} (or ${scorer}) was not found; corpus targets not checked`;
  console.warn(msg);
  describe('corpus score', () => it.skip(msg, () => {}));
} else {
  describe('corpus score', () => {
    // Both scorer runs start at once; each page is one `npm run parse` process.
    const seeds = runScorer(path.join(corpus, 'seeds'));
    const real = runScorer(path.join(corpus, 'real-html'), path.join(corpus, 'real-text'));
    seeds.catch(() => {});
    real.catch(() => {});

    it('seeds: every page ≥ 0.95, joined ≥ 0.9 on seed 000', { timeout: 120_000 }, async () => {
      const r = await seeds;
      expect(r.rows.length, r.output).toBeGreaterThan(0);
      const low = r.rows.filter((x) => x.score < 0.95).map((x) => `${x.name} ${x.score}`);
      expect(low, r.output).toEqual([]);
      const s000 = r.rows.find((x) => x.name.startsWith('000'));
      expect(s000, r.output).toBeDefined();
      expect(s000!.cols.joined ?? 0, r.output).toBeGreaterThanOrEqual(0.9);
    });

    it('real-html + real-text: overall ≥ 0.97, no page < 0.85', { timeout: 120_000 }, async () => {
      const r = await real;
      expect(r.rows.length, r.output).toBeGreaterThan(0);
      expect(r.overall, r.output).toBeGreaterThanOrEqual(0.97);
      const low = r.rows.filter((x) => x.score < 0.85).map((x) => `${x.name} ${x.score}`);
      expect(low, r.output).toEqual([]);
    });
  });
}
