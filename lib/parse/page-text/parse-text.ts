import { dateFromUrl, pageFromUrl } from '../conventions';
import { paperForUrl } from '../../sites/known-papers';
import { emptyResult, type ParseOptions, type ParseResult } from '../types';
import { hasNewspaperEvidence } from './newspaper-evidence';
import { kindFromUrl } from './page-kind';
import { segmentPageText } from './segment-text';

/**
 * Parses a page's plain text (a PDF text layer, copied text, a stored page's text): page facts
 * (paper, date, 版次, editors) and its articles in reading order. Never throws: a failure comes
 * back with `error` set and the text kept as one article, so nothing the reader saved is lost.
 */
export function parseTextPage(input: { url: string | null; text: string }, opts: ParseOptions = {}): ParseResult {
  const url = input.url ?? null;
  const text = input.text ?? '';
  try {
    return parse(url, text, opts);
  } catch (e) {
    const result = emptyResult('none', ['text parser error']);
    result.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return result;
  }
}

function parse(url: string | null, text: string, opts: ParseOptions): ParseResult {
  const urlKind = kindFromUrl(url);
  const reasons: string[] = [];
  const seg = segmentPageText(text, { segmenter: opts.segmenter, articleMode: urlKind === 'article' });
  const articles = seg.articles.filter((a) => a.body.trim() || a.title.trim());
  const withBody = articles.filter((a) => a.body.replace(/\s/g, '').length >= 20);
  let kind: ParseResult['kind'];
  if (urlKind) {
    kind = urlKind;
    reasons.push(urlKind === 'article' ? 'article URL' : 'layout URL with page text');
  } else if (!paperForUrl(url) && !hasNewspaperEvidence(text, seg.facts, articles)) {
    kind = 'none';
    reasons.push('no newspaper marks in the text (no dateline, byline, 版次, date or paper)');
  } else if (withBody.length >= 2) {
    kind = 'page-text';
    reasons.push(`${withBody.length} articles in the text`);
  } else if (withBody.length === 1) {
    kind = 'article';
    reasons.push('one article in the text');
  } else {
    kind = 'none';
    reasons.push('no article text found');
  }
  const result = emptyResult(kind, reasons);
  result.confidence = urlKind ? 0.9 : kind === 'none' ? 0.2 : 0.6;
  result.articles = kind === 'none' ? [] : articles;
  const known = paperForUrl(url);
  const name = seg.facts.newspaper ?? known?.name ?? null;
  if (name) result.newspaper = { name, district: known && known.name === name ? known.district : null };
  result.date = seg.facts.date ?? dateFromUrl(url);
  const urlPage = pageFromUrl(url);
  result.page = seg.facts.page ?? (urlPage ? { number: urlPage, name: null } : null);
  result.editors = seg.facts.editors;
  result.family = 'generic';
  return result;
}
