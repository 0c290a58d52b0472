// The whole background pipeline for one page, as the extension runs it, without the database:
// decode bytes (lib/parse/charset) → detect (lib/detect, over the htmlparser2 tree, and the
// content script's candidate prefilter) → parsePage as HTML and, over the page's text, as
// page-text → the records saveParsedPage would keep (raw text for a failed page) → keywords
// (lib/text) → search index terms (lib/search) → topic alerts (lib/alerts) → watched-word
// highlights (lib/text/highlight). Stages run in order and the first throw is reported with its
// stage, so a crash names where it happened.
import { buildTopicMatcher, type TopicMatcher } from '../../lib/alerts/matcher';
import type { Topic } from '../../lib/alerts/topic';
import { isCandidatePage } from '../../lib/detect/candidate';
import { detectPage } from '../../lib/detect/detect-page';
import { htmlProbe } from '../../lib/detect/probe-html';
import { htmlToRawText } from '../../lib/library/strip-html';
import { decodeHtml } from '../../lib/parse/charset';
import { parseHtml } from '../../lib/parse/dom';
import { parsePage, type ParseResult, type Segmenter } from '../../lib/parse/index';
import { indexArticle } from '../../lib/search/index-terms';
import type { TextEngine } from '../../lib/text/engine';
import { compileTerms, findTerms, type TermMatcher } from '../../lib/text/highlight';
import { extractKeywords } from '../../lib/text/keywords';
import type { HostileInput, HostilePage } from './hostile-pages';
import { PLACES, THINGS } from './page-shapes';

export interface PipelineDeps {
  engine: TextEngine;
  segmenter: Segmenter;
  matcher: TopicMatcher;
  watched: TermMatcher;
}

export interface PipelineOutcome {
  name: string;
  /** Characters handed to the parser (decoded HTML or text). */
  chars: number;
  ms: number;
  /** Kind of each parse (HTML, then page-text over the page's text; text pages have one). */
  kinds: ParseResult['kind'][];
  articles: number;
  /** An error result the parser returned (parsePage caught a throw): the page is kept as raw text. */
  parseErrors: string[];
  /** A throw that escaped a stage: a crash. */
  crash: { stage: string; message: string } | null;
  /** Time per stage; nested stages count in their parent too. */
  stageMs: Record<string, number>;
}

const KINDS = new Set(['article', 'layout', 'page-text', 'none']);

/** Topics in the shapes users write: places and projects, whole words and substrings, with must-haves and exclusions. */
export function hostileTopics(): Topic[] {
  return [...PLACES, ...THINGS].map((w, i) => ({
    id: i,
    name: w,
    anyOf: [w, `${w}项目`],
    mustHave: i % 4 === 0 ? [THINGS[i % THINGS.length]!] : undefined,
    exclude: i % 5 === 0 ? ['遗失声明'] : undefined,
    scope: (['both', 'headline', 'body'] as const)[i % 3]!,
    mode: i % 2 ? 'word' : 'substring',
  }));
}

export function pipelineDeps(engine: TextEngine): PipelineDeps {
  return {
    engine,
    segmenter: { cut: (t, hmm) => engine.cut(t, hmm) },
    matcher: buildTopicMatcher(hostileTopics()),
    watched: compileTerms([...PLACES, ...THINGS, '区长', '本报讯']),
  };
}

/** A result the rest of the extension can rely on: the contract's shapes, whatever the input. */
export function checkResult(r: ParseResult): string | null {
  if (!KINDS.has(r.kind)) return `kind ${String(r.kind)}`;
  if (!(r.confidence >= 0 && r.confidence <= 1)) return `confidence ${r.confidence}`;
  if (!Array.isArray(r.articles) || !Array.isArray(r.reasons) || !Array.isArray(r.editors)) return 'arrays missing';
  for (const a of r.articles) {
    if (typeof a.title !== 'string' || typeof a.body !== 'string') return 'article without title/body strings';
    if (![a.reporters, a.correspondents, a.photographers].every(Array.isArray)) return 'article without credit arrays';
  }
  if (r.error != null && (typeof r.error !== 'string' || !r.error.trim())) return 'error set but empty';
  return null;
}

/** Milliseconds per stage of the page being run (for the report of slow pages). */
let stageMs: Record<string, number> = {};

function stage<T>(name: string, fn: () => T): T {
  const t = performance.now();
  try {
    return fn();
  } catch (e) {
    throw Object.assign(new Error(e instanceof Error ? `${e.name}: ${e.message}` : String(e)), { stage: name });
  } finally {
    stageMs[name] = (stageMs[name] ?? 0) + performance.now() - t;
  }
}

/** Articles as the store keeps them (saveParsedPage): kept articles, or the page's raw text when parsing failed. */
function keptArticles(r: ParseResult, rawText: () => string): { title: string; introTitle: string | null; subtitle: string | null; paragraphs: string[]; ok: boolean }[] {
  const kept = r.articles.filter((a) => (r.kind === 'article' ? a.title.trim() || a.body.trim() : a.body.trim()));
  const failed = r.error != null || r.kind === 'none' || (r.kind !== 'layout' && kept.length === 0);
  if (failed && r.kind !== 'layout') return [{ title: '', introTitle: null, subtitle: null, paragraphs: rawText().split('\n').filter((l) => l.trim()), ok: false }];
  return kept.map((a) => ({ title: a.title, introTitle: a.introTitle, subtitle: a.subtitle, paragraphs: a.body.split('\n').map((p) => p.trim()).filter(Boolean), ok: true }));
}

function afterParse(r: ParseResult, rawText: () => string, deps: PipelineDeps, label: string): number {
  const bad = checkResult(r);
  if (bad) throw Object.assign(new Error(`malformed result: ${bad}`), { stage: `${label} result` });
  const articles = stage(`${label} records`, () => keptArticles(r, rawText));
  articles.forEach((a, i) => {
    const body = a.paragraphs.join('\n');
    if (a.ok) stage(`${label} keywords`, () => extractKeywords(a, deps.engine, { topK: 10 }));
    stage(`${label} index terms`, () => indexArticle({ id: `a${i}`, title: a.title, introTitle: a.introTitle, subtitle: a.subtitle, paragraphs: a.paragraphs, paperName: r.newspaper?.name ?? null }, deps.engine));
    if (a.ok) stage(`${label} alerts`, () => deps.matcher.match({ title: a.title, introTitle: a.introTitle, subtitle: a.subtitle, body, paperName: r.newspaper?.name ?? null }, deps.engine));
    if (a.ok) stage(`${label} highlights`, () => findTerms(body, deps.watched, { mode: 'word', engine: deps.engine }));
  });
  return articles.length;
}

export function runPipeline(page: HostilePage, deps: PipelineDeps, input: HostileInput = page.build()): PipelineOutcome {
  const out: PipelineOutcome = { name: page.name, chars: 0, ms: 0, kinds: [], articles: 0, parseErrors: [], crash: null, stageMs: (stageMs = {}) };
  const t0 = performance.now();
  try {
    const parse = (kind: 'html' | 'text', content: string, raw: () => string) => {
      const r = stage(`parsePage (${kind})`, () => parsePage(kind === 'html' ? { url: page.url, html: content } : { url: page.url, text: content }, { segmenter: deps.segmenter }));
      out.kinds.push(r.kind);
      if (r.error) out.parseErrors.push(`${kind}: ${r.error}`);
      out.articles += afterParse(r, raw, deps, kind);
    };
    const html = input.bytes ? stage('decodeHtml', () => decodeHtml(input.bytes!, input.contentType)) : input.html;
    if (html != null) {
      out.chars = html.length;
      stage('detect', () => {
        const probe = htmlProbe(parseHtml(html));
        detectPage({ url: page.url, probe });
        isCandidatePage(page.url ?? '', probe);
      });
      let text: string | null = null;
      const rawText = () => (text ??= stage('htmlToRawText', () => htmlToRawText(html)));
      parse('html', html, rawText);
      parse('text', rawText(), rawText);
    } else {
      const text = input.text ?? '';
      out.chars = text.length;
      stage('detect', () => detectPage({ url: page.url, probe: null, text }));
      parse('text', text, () => text);
    }
  } catch (e) {
    const err = e as Error & { stage?: string };
    out.crash = { stage: err.stage ?? 'pipeline', message: err.message };
  }
  out.ms = performance.now() - t0;
  return out;
}
