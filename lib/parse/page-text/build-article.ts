// One group of fragments → one ParsedArticle: title/引题/副题 from the heading lines, names from
// datelines and credit lines, kind from the conventions (notice titles, jump lines, photo credits,
// 编者按, short unsigned items).
import { emptyByline, mergeBylines as mergeInto, removeCjkSpaces, trailingCredit } from '../conventions';
import { emptyArticle, type ParsedArticle } from '../types';
import type { Group } from './segment';
import { visualWidth } from './text-shape';

const NOTICE_TITLE = /(遗失声明|挂失声明|作废声明|声明|公告|启事|通告|公示|告知书|通知书|招聘|拍卖)$/;

/** A heading as printed, minus a text layer's letter spacing ("河 道 清 淤" → "河道清淤"). */
function headingText(raw: string): string {
  const t = raw.replace(/^[■□●◆•·▪]\s*/, '').replace(/\s+/g, ' ').trim();
  // A space between two single characters is letter spacing; one between words is the layout's.
  return t.replace(/(?<=(?:^|\s)\S)\s(?=\S(?:\s|$))/gu, '');
}

/** Heading lines → intro/title/subtitle. Very short pieces (a text layer's big type) are one line. */
function splitHeadings(lines: string[]): Pick<ParsedArticle, 'title' | 'introTitle' | 'subtitle'> {
  const merged: string[] = [];
  for (const l of lines) {
    const prev = merged.at(-1);
    if (prev != null && (visualWidth(l) <= 4 || visualWidth(prev) <= 4) && !/\s/.test(prev + l)) merged[merged.length - 1] = prev + l;
    else merged.push(l);
  }
  if (merged.length === 0) return { title: '', introTitle: null, subtitle: null };
  if (merged.length === 1) return { title: merged[0]!, introTitle: null, subtitle: null };
  const [a, b] = merged;
  const rest = merged.slice(2).join(' ') || null;
  // A shorter first line is the 引题 (column label or lead-in); a shorter second line is the 副题.
  if (visualWidth(a!) < visualWidth(b!) && visualWidth(a!) <= 12) return { introTitle: a!, title: b!, subtitle: rest };
  return { title: a!, introTitle: null, subtitle: [b, rest].filter(Boolean).join(' ') };
}

export function buildArticle(g: Group): ParsedArticle {
  const art = emptyArticle();
  const heads = splitHeadings(g.headings.map((h) => headingText(h.raw)));
  Object.assign(art, heads);
  const sub = g.subtitles.map((s) => s.text).join(' ');
  if (sub) art.subtitle = art.subtitle ? `${art.subtitle} ${sub}` : sub;
  if (!art.title && art.subtitle && !g.headings.length) [art.title, art.subtitle] = [art.subtitle, null];

  const names = emptyByline();
  let photoCredits = 0;
  let signed = false;
  for (const c of g.chains) {
    const lead = c[0]!;
    if (lead.type === 'lead') {
      signed = true;
      if (lead.byline) mergeInto(names, lead.byline);
    }
  }
  for (const c of g.credits) {
    signed = true;
    if (c.byline) {
      mergeInto(names, c.byline);
      if (c.byline.photographers.length) photoCredits++;
    }
  }
  const paragraphs: string[] = [];
  g.chains.forEach((chain, ci) => {
    let text = chain.map((f) => f.text).join('');
    for (const f of chain) {
      if (f.byline && f.type === 'text') mergeInto(names, f.byline); // a credit found inside the line
      art.continuedTo ??= f.continuedTo ?? null;
      art.continuedFrom ??= f.continuedFrom ?? null;
    }
    const credit = trailingCredit(text);
    const isLast = ci === g.chains.length - 1;
    if (credit && (credit.byline.photographers.length || isLast)) {
      mergeInto(names, credit.byline);
      if (credit.byline.photographers.length) photoCredits++;
      signed = true;
      text = credit.rest;
    }
    if (text) paragraphs.push(removeCjkSpaces(text));
  });
  art.body = paragraphs.join('\n');
  art.reporters = names.reporters;
  art.correspondents = names.correspondents;
  art.photographers = names.photographers;
  if (Object.keys(names.others).length) art.otherCredits = names.others;
  art.continuedFrom ??= g.continuedFrom;

  const bodyLen = art.body.replace(/\s/g, '').length;
  const boxed = g.headings.some((h) => h.boxed) || g.chains[0]?.[0]?.boxed;
  if (art.title && NOTICE_TITLE.test(art.title.replace(/\s/g, '')) && art.title.replace(/\s/g, '').length <= 12) art.kind = 'notice';
  else if (art.continuedFrom) art.kind = 'continuation';
  else if (photoCredits && (photoCredits >= 2 || bodyLen < 400)) art.kind = 'photo';
  else if (g.ednote) art.kind = 'other';
  else if (!signed && bodyLen < 200 && (boxed || !art.title || bodyLen < 120)) art.kind = 'brief';
  return art;
}
