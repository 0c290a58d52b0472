// HTML pages: detect (lib/detect, over the htmlparser2 tree), then read the page as an
// article, a 版面 layout or a paperindex stub. Pages detected as none come back as none.
import { detectPage } from '../../detect/detect-page';
import { htmlProbe } from '../../detect/probe-html';
import { parseSourceLine } from '../conventions/source-line';
import { attr, baseUrl, comments, parseHtml, resolveUrl, select, textLines, type Document } from '../dom';
import { emptyResult, type ParseOptions, type ParseResult } from '../types';
import { parseArticlePage } from './article-page';
import { readEnpProperties } from './enpproperty';
import { parseLayoutPage } from './layout-page';
import type { MetaSources } from './page-meta';

/** Where a meta refresh goes: <META HTTP-EQUIV="REFRESH" CONTENT="0; URL=html/…/node_2.htm">. */
export function refreshTarget(doc: Document, base: string | null): string | null {
  for (const m of select(doc, 'meta[http-equiv]')) {
    if (!/^refresh$/i.test(attr(m, 'http-equiv') ?? '')) continue;
    const target = /url\s*=\s*['"]?([^'"\s;]+)/i.exec(attr(m, 'content') ?? '');
    if (target) return resolveUrl(target[1], base);
  }
  return null;
}

/** Parses a decoded HTML page (article, layout, paperindex stub, or none). */
export function parseHtmlPage(input: { url: string | null; html: string }, opts: ParseOptions = {}): ParseResult {
  const doc = parseHtml(input.html);
  const probe = htmlProbe(doc);
  const detection = detectPage({ url: input.url, probe });
  const base = baseUrl(doc, input.url);
  const result: ParseResult = { ...emptyResult(detection.kind, detection.reasons), confidence: detection.confidence, family: detection.family };

  if (detection.family === 'paperindex') {
    result.redirectUrl = refreshTarget(doc, base);
    if (result.redirectUrl) result.reasons = [...result.reasons, `跳转到 ${result.redirectUrl}`];
    return result;
  }
  if (detection.kind === 'none') return result;

  const lines = textLines(select(doc, 'body')[0] ?? doc);
  const meta: MetaSources = {
    doc,
    url: input.url,
    props: readEnpProperties(comments(doc)),
    lines,
    source: parseSourceLine(lines.slice(0, 400).join('\n')),
  };
  return detection.kind === 'layout' ? parseLayoutPage(meta, base, result) : parseArticlePage(meta, base, result, opts);
}
