// Turns a page's text into typed fragments (one per line) and page-level facts. Every input line
// ends up either in a fragment or in `furniture`, so no text is lost or invented.
import {
  extractLeadByline, findContinuation, isCreditLine, isFurnitureLine, parseChineseDate, parseEditorLine,
  parsePageLabel, parseSourceLine, removeCjkSpaces, sourceLineSpan, collapseSpaces, type Byline, parseByline, removeLetterSpacing,
} from '../conventions';
import { editorsNote, endsComplete, isSubtitleLine } from './text-shape';

export type FragType = 'text' | 'lead' | 'credit' | 'subtitle' | 'ednote' | 'cont' | 'break';

export interface Fragment {
  /** Position in the page, in text order. */
  id: number;
  type: FragType;
  /** Text with the text layer's CJK spaces removed (lead: the body after the byline). */
  text: string;
  /** The line as printed (spaces collapsed), for headings and for width estimates. */
  raw: string;
  byline?: Byline;
  /** Leading ■/□ box marker: the item is a boxed brief. */
  boxed?: boolean;
  continuedFrom?: string | null;
  continuedTo?: string | null;
  /** Cut off the end of another line (see glue.ts): its printed neighbour is not its predecessor. */
  glued?: boolean;
  /** Blank lines before this line. */
  gapBefore: number;
}

export interface PageFacts {
  newspaper: string | null;
  newspaperSource: 'source-line' | 'source-label' | 'publisher' | 'byline' | 'masthead' | null;
  date: string | null;
  page: { number: string; name: string | null } | null;
  editors: string[];
  furniture: string[];
}

// What makes a long line more than a paragraph: datelines, bylines, credits, jump lines, sources.
const LINE_MARKS = /^(?:本报|新华社|中新社|[（(【■□●•]|编者|编后|——|[\p{Script=Han}]{2,4}讯)|[《》]|上接|下转|摄|记者|通讯员|来源|版权|责任编辑|责编/u;
const LUNAR = /^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\S{0,8}$/;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/;
const BULLET = /^[•·▪◆◇■□●○▲△★☆]\s*/;
const SPACE_OR_ZWSP = /[\s\u200b]/;

function isDateLine(t: string): boolean {
  if (!parseChineseDate(t)) return false;
  const rest = t
    .replace(/\d{4}\s*年\s*\d{1,2}\s*月?\s*\d{1,2}\s*日?|\d{4}[-./]\d{1,2}[-./]\d{1,2}/, '')
    .replace(WEEKDAY, '')
    .trim();
  return !rest || isFurnitureLine(rest) || LUNAR.test(rest);
}

/** A masthead line: the paper's name with the issue date ("某某报  2024年5月8日  星期三"). */
function mastheadPaper(t: string): string | null {
  if (!parseChineseDate(t)) return null;
  const rest = t
    .replace(/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}/, ' ')
    .replace(WEEKDAY, ' ')
    .trim();
  const m = /^(\p{Script=Han}{1,10}(?:日报|晚报|时报|商报|报))$/u.exec(rest);
  return m && !/报道|报告|报名/.test(m[1]!) ? m[1]! : null;
}

/** A label that opens a line: "A02版 2024年03月16日 要闻 扩展 收缩 默认", "A02版:要闻 新闻列表". */
function leadingPageLabel(t: string): { number: string; name: string | null } | null {
  const whole = parsePageLabel(t);
  if (whole) return whole;
  const m = /^(第?\s*[A-Za-z]{0,3}\d{1,3}(?:-\d{1,3})?\s*版)(?:\s*[:：]\s*(\S{1,10}))?\s+(.*)$/.exec(t);
  if (!m) return null;
  const rest = m[3] ?? '';
  if (!rest.split(/\s+/).every((w) => isFurnitureLine(w) || parseChineseDate(w) || w.length <= 4)) return null;
  const label = parsePageLabel(m[1]!);
  if (!label) return null;
  const name = m[2] ?? rest.split(/\s+/).find((w) => /^\p{Script=Han}{2,4}$/u.test(w) && !isFurnitureLine(w)) ?? null;
  return { number: label.number, name };
}

export function readFragments(text: string): { frags: Fragment[]; facts: PageFacts } {
  const facts: PageFacts = { newspaper: null, newspaperSource: null, date: null, page: null, editors: [], furniture: [] };
  const frags: Fragment[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let gap = 0;
  const push = (f: Omit<Fragment, 'id' | 'gapBefore'>) => {
    const frag = f as Fragment; // the caller's fresh object, completed in place (no copy per line)
    frag.id = frags.length;
    frag.gapBefore = gap;
    frags.push(frag);
    gap = 0;
  };
  const furniture = (raw: string) => {
    facts.furniture.push(raw);
    push({ type: 'break', text: '', raw });
  };
  const setPaper = (name: string, source: NonNullable<PageFacts['newspaperSource']>) => {
    const rank = ['source-line', 'source-label', 'publisher', 'byline', 'masthead'];
    if (!facts.newspaper || rank.indexOf(source) < rank.indexOf(facts.newspaperSource!)) {
      facts.newspaper = name;
      facts.newspaperSource = source;
    }
  };
  const nonEmpty = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const lastLines = new Set(nonEmpty.slice(-2));

  joinOpenDatelines(lines);
  lines.forEach((line, index) => {
    // A line without white space (most narrow-column lines) is its own raw form: every step
    // below only replaces, removes or trims spaces (\u200b is the one they touch that \s misses).
    const raw = SPACE_OR_ZWSP.test(line) ? collapseSpaces(removeLetterSpacing(line.replace(/[\u00a0\u2002-\u200b]/g, ' '))) : line;
    if (!raw) {
      gap++;
      return;
    }
    // Fast path: a long finished paragraph with no marks of chrome, credits or datelines.
    if (raw.length > 60 && endsComplete(raw) && !LINE_MARKS.test(raw) && !isFurnitureLine(raw)) {
      return push({ type: 'text', text: removeCjkSpaces(raw), raw });
    }
    const editors = parseEditorLine(raw);
    if (editors) {
      facts.editors.push(...editors.filter((n) => !facts.editors.includes(n)));
      return furniture(raw);
    }
    const src = parseSourceLine(raw);
    if (src) {
      setPaper(src.newspaper, 'source-line');
      facts.date ??= src.date;
      if (src.page && !facts.page) facts.page = { number: src.page, name: null };
      const span = sourceLineSpan(raw)!;
      const rest = (raw.slice(0, span.start) + ' ' + raw.slice(span.end)).trim();
      facts.furniture.push(raw.slice(span.start, span.end));
      if (rest && isCreditLine(rest)) push({ type: 'credit', text: rest, raw: rest, byline: parseByline(rest) });
      else if (rest) push({ type: 'text', text: removeCjkSpaces(rest), raw: rest });
      else push({ type: 'break', text: '', raw });
      return;
    }
    const label = leadingPageLabel(raw);
    if (label) {
      if (!facts.page || (!facts.page.name && label.name)) facts.page = label;
      return furniture(raw);
    }
    if (/^[A-Z]{1,2}\d{1,3}$/.test(raw)) {
      facts.page ??= { number: raw, name: null };
      return furniture(raw);
    }
    const masthead = mastheadPaper(raw);
    if (masthead) {
      setPaper(masthead, 'masthead');
      facts.date ??= parseChineseDate(raw);
      return furniture(raw);
    }
    if (isDateLine(raw)) {
      facts.date ??= parseChineseDate(raw);
      return furniture(raw);
    }
    const source = /^(?:来源|稿件来源|本文来源)\s*[:：]\s*(\S{2,20})$/.exec(raw);
    if (source) {
      setPaper(source[1]!.replace(/网$/, ''), 'source-label');
      return furniture(raw);
    }
    const publisher = raw.includes('社出版') ? /(\p{Script=Han}{2,12}?报)社出版/u.exec(raw) : null;
    if (publisher && isFurnitureLine(raw)) setPaper(publisher[1]!, 'publisher');
    if (isFurnitureLine(raw) || LUNAR.test(raw)) return furniture(raw);
    if (lastLines.has(index) && /^\p{Script=Han}{2,10}$/u.test(raw) && /报/.test(raw) && !/报道|报告|报名/.test(raw)) {
      const name = raw.replace(/(?:封|微博|微信|网)$/u, '');
      setPaper(name, 'masthead');
      return furniture(raw);
    }
    classifyContent(raw, push, (t) => facts.furniture.push(t));
  });
  for (const f of frags) {
    // "宝安讯宝安日报记者 X": the paper's own name before its reporter's title.
    const org = f.byline && /(?:^|[讯（(\s■])([^\s讯（(，,。■\d]{2,6}?(?:日报|晚报|时报|都市报))(?:全媒体|融媒体|首席|特约|见习)?记者/u.exec(f.raw);
    if (org && !/^本报/.test(org[1]!)) setPaper(org[1]!, 'byline');
  }
  return { frags, facts };
}

/** Sorts a content line; `aside` records what is kept out of the article text (jump lines, credits). */
function classifyContent(raw: string, push: (f: Omit<Fragment, 'id' | 'gapBefore'>) => void, aside: (t: string) => void) {
  const boxed = /^[■□]/.test(raw);
  const line = raw.replace(BULLET, '');
  if (isSubtitleLine(line)) return push({ type: 'subtitle', text: removeCjkSpaces(line), raw: line });
  const note = editorsNote(line);
  if (note) {
    push({ type: 'ednote', text: '', raw: line });
    if (note.rest) push({ type: 'text', text: removeCjkSpaces(note.rest), raw: note.rest });
    return;
  }
  const jump = findContinuation(line);
  if (jump.from || jump.to) aside(line.replace(jump.cleaned, ' ').trim() || line);
  if ((jump.from || jump.to) && !jump.cleaned.replace(/[》>\s]/g, '')) {
    return push({ type: 'cont', text: '', raw: line, continuedFrom: jump.from, continuedTo: jump.to });
  }
  const lead = extractLeadByline(jump.cleaned);
  if (lead) {
    aside(lead.matched);
    return push({
      type: 'lead', text: removeCjkSpaces(lead.rest), raw: line, byline: lead.byline, boxed,
      continuedFrom: jump.from, continuedTo: jump.to,
    });
  }
  if (isCreditLine(line) && !endsComplete(line)) {
    aside(line);
    return push({ type: 'credit', text: '', raw: line, byline: parseByline(line) });
  }
  push({
    type: 'text', text: removeCjkSpaces(jump.cleaned), raw: jump.from || jump.to ? jump.cleaned : line, boxed,
    continuedFrom: jump.from, continuedTo: jump.to,
  });
}

/**
 * A dateline whose bracket a narrow column broke over lines ("本报讯 (通讯员" / "王萍)3月29日…"):
 * the next non-empty lines are pulled up until the bracket closes (at most three).
 */
function joinOpenDatelines(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    // A dateline names its 讯 or 电: other lines skip the letter-spacing undo (it only drops spaces).
    if (!/[讯电]/.test(lines[i]!)) continue;
    const l = removeLetterSpacing(lines[i]!);
    if (!/^\s*(?:本报\S{0,12}?讯|\p{Script=Han}{2,4}讯|新华社\S{0,12}?电)\s*[（(][^）)]*$/u.test(l)) continue;
    let j = i + 1;
    let joined = l;
    for (let taken = 0; j < lines.length && taken < 3; j++) {
      if (!lines[j]!.trim()) continue;
      // A one-character tail is half a name cut by the column ("沈" / "舟"): no space.
      const cutName = /(?:^|[\s（(员者])\p{Script=Han}$/u.test(joined);
      joined += (cutName ? '' : ' ') + removeLetterSpacing(lines[j]!).trim();
      lines[j] = '';
      taken++;
      if (/[）)]/.test(joined.slice(l.length))) break;
    }
    lines[i] = joined;
  }
}
