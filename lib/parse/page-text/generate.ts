// A generator of page-text fixtures: lays articles out in columns the way a PDF text layer emits
// them — wrapped lines, spaces between characters, and the accidents of seed pages: the first
// line of a column segment emitted after the segment, and a column start glued to the end of
// another article's paragraph. It records which joins the parser has to restore.
import type { SourceArticle } from './sample-articles';

export interface GeneratedPage {
  text: string;
  /** For each article: strings that must all be found in one parsed article. */
  expected: { title: string; mustContain: string[]; joined: string[]; mustNotContain: string[] }[];
}

/** Small deterministic PRNG (mulberry32), so a failing page can be regenerated from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

const byline = (a: SourceArticle) =>
  [a.reporters.length ? `记者 ${a.reporters.join(' ')}` : '', a.correspondents.length ? `通讯员 ${a.correspondents.join(' ')}` : '']
    .filter(Boolean)
    .join(' ');

/** Joins made visible: the 6 characters either side of a cut the parser has to repair. */
const joinAt = (a: string, b: string) => a.slice(-6) + b.slice(0, 6);

export function generatePage(articles: SourceArticle[], seed: number): GeneratedPage {
  const rnd = prng(seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const blocks: string[] = [];
  const expected: GeneratedPage['expected'] = [];
  let glue: string | null = null; // a column's first line waiting to be glued onto a paragraph line
  articles.forEach((a, ai) => {
    const exp = { title: a.title, mustContain: [] as string[], joined: [] as string[], mustNotContain: [] as string[] };
    expected.push(exp);
    blocks.push(a.title);
    const credit = byline(a);
    // Alternate: narrow column lines (8–11 characters), or paragraph lines with wrap spaces in a
    // wider column (14–18), the two shapes of the seed page.
    const columnStyle = ai % 2 === 0;
    const width = columnStyle ? 8 + pick(4) : 14 + pick(5);
    a.paragraphs.forEach((body, pi) => {
      const p = pi === 0 ? `本报讯${credit ? `（${credit}）` : ' '}${body}` : body;
      exp.mustContain.push(body.slice(0, 10), body.slice(-10));
      const lines = wrap(p, width);
      if (!columnStyle) {
        // A paragraph on one line, wrap points shown as spaces; a pending column start glued on.
        let line = lines.join(' ');
        if (glue) [line, glue] = [`${line} ${glue}`, null];
        blocks.push(line);
        return;
      }
      if (pi > 0 && !glue && lines.length >= 4 && rnd() < 0.5) {
        // This column's first line lands at the end of another article's paragraph.
        glue = lines.shift()!;
        exp.joined.push(joinAt(glue, lines[0]!));
      }
      if (lines.length >= 6 && rnd() < 0.7) {
        // One line of the column is emitted two lines late (a segment start printed out of order).
        const k = 2 + pick(lines.length - 5); // the moved line still lands inside the paragraph
        const moved = lines[k]!;
        exp.joined.push(joinAt(lines[k - 1]!, moved), joinAt(moved, lines[k + 1]!));
        blocks.push(...lines.slice(0, k), ...lines.slice(k + 1, k + 3), moved, ...lines.slice(k + 3));
      } else blocks.push(...lines);
    });
  });
  if (glue) blocks.push(glue);
  for (const [i, e] of expected.entries()) {
    for (const [j, o] of expected.entries()) if (j !== i) e.mustNotContain.push(o.mustContain[2] ?? o.mustContain[0]!);
  }
  // Text-layer letter spacing on some blocks.
  const text = blocks.map((b) => (rnd() < 0.25 ? [...b].join(' ').replace(/ {3}/g, '  ') : b)).join('\n\n');
  return { text, expected };
}

export interface PageScore {
  score: number;
  misses: string[];
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Scores parsed articles against a generated page the way the project's scorer does. */
export function scoreGenerated(page: GeneratedPage, parsed: { title: string; introTitle: string | null; subtitle: string | null; body: string }[]): PageScore {
  const texts = parsed.map((a) => ({ head: norm([a.introTitle, a.title, a.subtitle].filter(Boolean).join('')), all: norm([a.introTitle, a.title, a.subtitle, a.body].join('')) }));
  const checks: number[] = [];
  const misses: string[] = [];
  for (const e of page.expected) {
    const t = texts.find((x) => x.head.includes(norm(e.title))) ?? texts.find((x) => x.all.includes(norm(e.mustContain[0]!)));
    const check = (ok: boolean, what: string) => {
      checks.push(ok ? 1 : 0);
      if (!ok) misses.push(`${e.title}: ${what}`);
    };
    check(!!t && t.head.includes(norm(e.title)), 'headline');
    for (const s of [...e.mustContain, ...e.joined]) check(!!t && t.all.includes(norm(s)), `missing ${s}`);
    check(!!t && !e.mustNotContain.some((s) => t.all.includes(norm(s))), 'holds another article');
  }
  return { score: checks.reduce((a, b) => a + b, 0) / checks.length, misses };
}
