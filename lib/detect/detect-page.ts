// Two-stage detection: URL shape (url-rules), then the page's own markup and text
// (page-signals). Each signal votes for "article" or "layout" (or both, for signals that only
// say "newspaper"); a page needs MIN_SCORE before it counts, so a portal article with one
// 本报讯 and a /content/ URL stays `none`.
import type { PageKind } from '../parse/types';
import { paperForUrl } from '../sites/known-papers';
import { FAMILY_EVIDENCE, hasFamilyEvidence, resolveFamily } from './families';
import { COMMENT_SIGNALS, DOM_SIGNALS, TEXT_SIGNALS, TITLE_SIGNALS, type SignalKind } from './page-signals';
import type { DetectInput, Detection } from './types';
import { urlHints } from './url-rules';

export const MIN_SCORE = 2.5;
const TEXT_CHARS = 12_000;

interface Tally {
  article: number;
  layout: number;
  reasons: string[];
}

function vote(t: Tally, kind: SignalKind, weight: number, reason: string) {
  if (kind !== 'layout') t.article += weight;
  if (kind !== 'article') t.layout += weight;
  t.reasons.push(reason);
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** A meta-refresh stub (paperindex.htm): almost no text, a refresh to an issue page. */
function isRedirectStub(input: DetectInput, text: string, urlSaysIndex: boolean): boolean {
  if (urlSaysIndex && text.trim().length < 400) return true;
  const fam = FAMILY_EVIDENCE.find((f) => f.id === 'paperindex')!;
  return text.trim().length < 200 && !!input.probe && hasFamilyEvidence({ ...fam, urls: [] }, input);
}

export function detectPage(input: DetectInput): Detection {
  const t: Tally = { article: 0, layout: 0, reasons: [] };
  const hints = urlHints(input.url);
  const probe = input.probe;
  const text = input.text ?? safe(() => probe?.text(TEXT_CHARS) ?? '', '');
  const comments = safe(() => probe?.comments() ?? [], [] as string[]);

  const urlSaysIndex = hints.rules.some((r) => r.kind === 'redirect');
  if (isRedirectStub(input, text, urlSaysIndex)) {
    return { kind: 'none', confidence: 0.9, reasons: ['入口跳转页（meta refresh 到当期版面）'], family: 'paperindex' };
  }

  // URL: the strongest rule per kind, not the sum (several shapes describe the same path).
  for (const kind of ['article', 'layout'] as const) {
    const best = hints.rules.filter((r) => r.kind === kind).sort((a, b) => b.weight - a.weight)[0];
    if (best) vote(t, kind, best.weight, best.reason);
  }
  if (hints.hostReason) vote(t, 'any', 0.5, hints.hostReason);
  else if (hints.dirReason) vote(t, 'any', 0.5, hints.dirReason);
  const known = paperForUrl(input.url);
  if (known) vote(t, 'any', 1.5, `已登记的报纸站点（${known.name}）`);

  if (probe) {
    for (const s of DOM_SIGNALS) if (safe(() => probe.has(s.selector), false)) vote(t, s.kind, s.weight, s.reason);
    for (const s of COMMENT_SIGNALS) if (comments.some((c) => s.pattern.test(c))) vote(t, s.kind, s.weight, s.reason);
  }
  for (const s of TEXT_SIGNALS) if ((!s.textOnly || !probe) && s.pattern.test(text)) vote(t, s.kind, s.weight, s.reason);
  const title = safe(() => probe?.title() ?? '', '');
  for (const s of TITLE_SIGNALS) if (s.pattern.test(title)) vote(t, s.kind, s.weight, s.reason);

  const best = Math.max(t.article, t.layout);
  if (best < MIN_SCORE) {
    return { kind: 'none', confidence: Math.min(0.95, 1 - best / (MIN_SCORE * 2)), reasons: t.reasons.length ? ['证据不足：' + t.reasons.join('；')] : ['没有电子报特征'], family: null };
  }
  let kind: PageKind = t.article >= t.layout ? 'article' : 'layout';
  // Article pages often carry the page's navigation and thumbnail map too: when the address
  // names the kind (content_N vs node_N) and that kind has enough evidence, the address decides,
  // unless the property comment states the kind (founder-type).
  const stated = comments.some((c) => /<founder-type>\s*[12]\s*</i.test(c));
  const urlKind = hints.rules.filter((r) => r.kind !== 'redirect').sort((a, b) => b.weight - a.weight)[0]?.kind;
  if (!stated && (urlKind === 'article' || urlKind === 'layout') && t[urlKind] >= MIN_SCORE) kind = urlKind;
  // Plain text has no navigation to be a 版面 page; text with page furniture is a whole page's text.
  if (!probe && kind === 'layout') kind = 'page-text';
  return {
    kind,
    confidence: Number((1 - Math.exp(-best / MIN_SCORE)).toFixed(2)),
    reasons: t.reasons,
    family: resolveFamily(input, comments),
  };
}
