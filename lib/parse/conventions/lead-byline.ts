// Where credits sit in running text: the dateline lead (本报讯（记者…）, 新华社北京12月27日电（记者…）),
// standalone credit lines (记者 杨惠聪 摄, ■ 海南日报全媒体记者 李艳玫) and a credit closing a
// paragraph (…。本报记者 X 摄 / （X 摄） / （X）).
import { CREDIT_ROLE_RE, NOT_NAMES, ROLE_HINT, isPersonName, bylineIsEmpty, emptyByline, parseByline, type Byline } from './byline';

export interface BylineSplit {
  byline: Byline;
  /** The text without the credit. */
  rest: string;
  /** The credit text that was taken out (dateline included). */
  matched: string;
}

const BULLET = /^[\s■□●◆▲★◇•]+/;
const ROLE_ANYWHERE = new RegExp(CREDIT_ROLE_RE.source, 'u');
const ROLE_ALL = new RegExp(CREDIT_ROLE_RE.source, 'gu');
const hasRole = (s: string) => ROLE_HINT.test(s) && ROLE_ANYWHERE.test(s);

/** True when the whole line is a credit: role words and person names only. */
export function isCreditLine(line: string): boolean {
  let t = line.replace(BULLET, '').trim();
  const bracketed = /^[（(【\[](.*)[）)】\]]$/.exec(t);
  if (bracketed) t = (bracketed[1] ?? '').trim();
  if (!t || t.length > 60 || /[。！？!?；;，,]$/.test(t)) return false;
  if (!hasRole(t)) return false;
  const rest = t.replace(ROLE_ALL, ' ');
  const tokens = rest.split(/[\s、，,；;|｜/／【】\[\]（）()]+/).filter(Boolean);
  if (tokens.length > 12) return false;
  return tokens.every((x) => isPersonName(x) || NOT_NAMES.has(x));
}

/** The credit part at the start of `s` when written without brackets: "记者 张三 通讯员 李四 正文…". */
function unbracketedCredit(s: string): { credit: string; rest: string } | null {
  const t = s.trimStart();
  if (!hasRole(t.slice(0, 8))) return null;
  let end = 0;
  for (const m of t.matchAll(/\S+\s*/g)) {
    // A token with sentence punctuation is where the body starts.
    if (/[，,。；;：:！？!?“”"]/.test(m[0])) break;
    const candidate = t.slice(0, m.index! + m[0].length);
    if (isCreditLine(candidate)) end = candidate.length;
    else if (end) break;
  }
  if (!end) return null;
  return { credit: t.slice(0, end).trim(), rest: t.slice(end).trimStart() };
}

const LOCAL_NEWS = /^(本报[^\s（(，,。]{0,12}?讯|[\p{Script=Han}]{2,4}讯)/u;
const WIRE = /^((?:新华社|中新社|中新网|人民网)[\p{Script=Han}]{0,10}?(?:\d{1,2}月\d{1,2}日)?电)/u;

/**
 * The dateline and byline that open a news paragraph. Returns null when the paragraph does not
 * open with one. `本报讯 正文` (no names) matches with an empty byline.
 */
export function extractLeadByline(paragraph: string): BylineSplit | null {
  const p = paragraph.replace(BULLET, '');
  const head = LOCAL_NEWS.exec(p) ?? WIRE.exec(p);
  const local = !!head && head[0].endsWith('讯');
  let after = head ? p.slice(head[0].length) : p;
  const spaced = after.length - after.trimStart().length;
  after = after.trimStart();
  const done = (bylineText: string, rest: string): BylineSplit => ({
    byline: bylineText ? parseByline(bylineText) : emptyByline(),
    rest: rest.trimStart(),
    matched: p.slice(0, p.length - rest.length).trim(),
  });
  // （记者 张三 通讯员 李四）
  const br = /^[（(【]\s*([^（）()【】]{0,80}?)\s*[）)】]/.exec(after);
  const brInner = br?.[1] ?? '';
  if (br && (head || hasRole(brInner)) && (hasRole(brInner) || brInner.length <= 12)) {
    const inner = brInner;
    if (head || isCreditLine(inner)) return done(inner, after.slice(br[0].length));
  }
  if (!head) return null;
  // Broken bracket: "宝安讯宝安日报记者 X 通讯员 Y 文/图)正文" — the opening bracket lost.
  const close = /^([^（）()。，,！？\n]{2,60}?)[）)]/.exec(after);
  if (close?.[1] && hasRole(close[1])) return done(close[1], after.slice(close[0].length));
  const plain = unbracketedCredit(after);
  if (plain) return done(plain.credit, plain.rest);
  // Plain "本报讯 正文": a dateline with no names. Other X讯 need a visible break to count.
  const isPress = head[0].startsWith('本报') || !local || spaced > 0;
  if (!isPress || !after) return null;
  return done('', after);
}

const AGENCY_SENT = /(^|[。！？!?”"…\s])((?:新华社|中新社|本报|[\p{Script=Han}]{2,6}(?:日报|晚报|时报))发)\s*$/u;
const TRAIL_BRACKET = /[（(]\s*([^（）()]{1,40}?)\s*[）)]\s*$/;
const TRAIL_PLAIN = /(^|[。！？!?”"…])\s*([^。！？!?”"…]{2,40})$/;

/** A credit that closes a paragraph: "…。本报记者 X 摄", "…（X 摄）", "…（X）". */
export function trailingCredit(paragraph: string): BylineSplit | null {
  const p = paragraph.trimEnd();
  // Cheap test first: a closing credit ends in a bracket, or names a role near the end.
  if (!/[)）]$/.test(p) && !/摄|记者|通讯员|文\s*[/／]|图\s*[/／]|编辑|作者/.test(p.slice(-40))) return null;
  const br = TRAIL_BRACKET.exec(p);
  if (br) {
    const inner = (br[1] ?? '').trim();
    const bare = inner.split(/[\s、，,]+/).filter(Boolean);
    if (isCreditLine(inner) || (bare.length <= 3 && bare.every(isPersonName) && /[。！？!?”…]\s*$/.test(p.slice(0, br.index)))) {
      const byline = parseByline(inner);
      // "新华社发（X 摄）": the agency that sent the picture belongs to the credit, not the text.
      const sent = AGENCY_SENT.exec(p.slice(0, br.index));
      const at = sent ? sent.index + (sent[1] ?? '').length : br.index!;
      if (!bylineIsEmpty(byline)) return { byline, rest: p.slice(0, at).trimEnd(), matched: p.slice(at).trim() };
    }
  }
  const plain = TRAIL_PLAIN.exec(p);
  const credit = plain?.[2] ?? '';
  const cut = plain ? plain.index + (plain[1] ?? '').length : 0;
  if (plain && isCreditLine(credit) && cut > 0) {
    const byline = parseByline(credit);
    if (!bylineIsEmpty(byline)) return { byline, rest: p.slice(0, cut).trimEnd(), matched: credit.trim() };
  }
  return null;
}
