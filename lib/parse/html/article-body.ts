// Cleans an article's body lines: page furniture and editor lines out, bylines out of the
// opening and closing paragraphs into roles, jump lines (上接/下转) into continuedFrom/To.
import { bylineIsEmpty, emptyByline, mergeBylines, parseByline, type Byline } from '../conventions/byline';
import { findContinuation } from '../conventions/continuation';
import { parseEditorLine } from '../conventions/editors';
import { isFurnitureLine } from '../conventions/furniture';
import { extractLeadByline, isCreditLine, trailingCredit } from '../conventions/lead-byline';
import { sourceLineSpan } from '../conventions/source-line';

/** Page editors named by a line (责任编辑：X); the cheap test first, as this runs on every line of long pages. */
export function editorNames(line: string): string[] | null {
  if (line.length > 60 || !/[编校审]/.test(line)) return null;
  // "（责任编辑：X）" closing an article: the brackets are no part of the line's form.
  return parseEditorLine(line) ?? (/^[（(【[].*[）)】\]]$/.test(line) ? parseEditorLine(line.slice(1, -1)) : null);
}

export interface CleanBody {
  paragraphs: string[];
  byline: Byline;
  editors: string[];
  continuedFrom: string | null;
  continuedTo: string | null;
}

const LEAD_CREDIT_LINES = 3;

export function cleanBody(lines: string[], headings: Array<string | null>): CleanBody {
  const heads = new Set(headings.filter((h): h is string => !!h).map((h) => h.replace(/\s+/g, '')));
  const editors: string[] = [];
  let continuedFrom: string | null = null;
  let continuedTo: string | null = null;
  const kept: string[] = [];
  for (const raw of lines) {
    const ed = editorNames(raw);
    if (ed) {
      editors.push(...ed);
      continue;
    }
    if (isFurnitureLine(raw) || heads.has(raw.replace(/\s+/g, ''))) continue;
    let line = raw;
    const span = line.includes('《') ? sourceLineSpan(line) : null;
    if (span && line.length - (span.end - span.start) < 40) continue; // 《报名》（日期 第N版）
    const jump = /[上下]\s*[接转]/.test(line) ? findContinuation(line) : { from: null, to: null, cleaned: line };
    if (jump.from || jump.to) {
      continuedFrom ??= jump.from;
      continuedTo ??= jump.to;
      line = jump.cleaned;
    }
    if (line.trim()) kept.push(line.trim());
  }

  const byline = emptyByline();
  // Credit paragraphs before the text (■ X日报全媒体记者 Y / 通讯员 Z).
  let lead = 0;
  while (lead < Math.min(LEAD_CREDIT_LINES, kept.length) && isCreditLine(kept[lead]!)) {
    mergeBylines(byline, parseByline(kept[lead]!.replace(/^[\s■□●◆▲★◇•]+/, '')));
    lead++;
  }
  const paragraphs = kept.slice(lead);
  if (paragraphs.length) {
    const opening = extractLeadByline(paragraphs[0]!);
    if (opening) {
      mergeBylines(byline, opening.byline);
      paragraphs[0] = opening.rest;
    }
  }
  // Credits that close the article: a credit line of its own, or one ending the last paragraph.
  while (paragraphs.length > 1 && isCreditLine(paragraphs[paragraphs.length - 1]!)) {
    mergeBylines(byline, parseByline(paragraphs.pop()!.replace(/^[\s■□●◆▲★◇•]+/, '')));
  }
  if (paragraphs.length) {
    const closing = trailingCredit(paragraphs[paragraphs.length - 1]!);
    if (closing && !bylineIsEmpty(closing.byline)) {
      mergeBylines(byline, closing.byline);
      paragraphs[paragraphs.length - 1] = closing.rest;
    }
  }
  return { paragraphs: paragraphs.filter((p) => p.trim()), byline, editors, continuedFrom, continuedTo };
}
