// Credit strings: 本报记者 张三 李四 通讯员 王五 / 海南日报全媒体记者张琬茜 通讯员林妙莹 /
// 记者 X 摄 / 文/图 X / 文/X 图/Y / 【记者】X … Names are persons only: the role words, titles
// (首席/特约/见习/实习/全媒体), brackets and the paper's own name (本报, X日报) are never names.

export interface Byline {
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  /** Other credited roles (实习生, 编辑, 校对, 作者 for a bare name) → names. */
  others: Record<string, string[]>;
}

export const emptyByline = (): Byline => ({ reporters: [], correspondents: [], photographers: [], others: {} });

// The paper or agency before a role: 本报, 新华社, 海南日报, 宝安日报, 区融媒体中心.
const ORG = '(?:本报|本刊|新华社|中新社|人民网|[\\p{Script=Han}]{2,8}?(?:日报|晚报|时报|报社|报|融媒体中心|电视台|新闻网))';
const TITLE = '(?:首席|特约|见习|实习|全媒体|融媒体|融媒|特派|资深|驻[\\p{Script=Han}]{1,4})';
const ROLE_WORD =
  '摄影记者|记者|通讯员|实习生|特约撰稿人?|撰稿|摄影|编辑|校对|作者|设计|制图|绘图|漫画';
const ROLE_RE = new RegExp(
  `(?:${ORG}\\s*)?(?:${TITLE}\\s*)*(${ROLE_WORD})|(文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|图文)|([文图])\\s*[/／]|(摄)`,
  'gu',
);

export const NAME_RE = /^(?:[\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,6}[·•][\p{Script=Han}]{1,8}|[A-Z][A-Za-z.'-]{1,30})$/u;
// Characters that occur in function words but (almost) never in given names: "记者来到现场" is no credit.
const NON_NAME_CHARS = /[的了是们着过这那我你到在从向被把将就都也还又]/u;

/** A plausible person name (2–4 Han characters, a ·-joined transliteration, or a Latin name). */
export function isPersonName(x: string): boolean {
  return NAME_RE.test(x) && !NOT_NAMES.has(x) && !NON_NAME_CHARS.test(x);
}

export const NOT_NAMES = new Set(['本报', '新华社', '新华社发', '本报讯', '记者', '通讯员', '见习', '实习', '全媒体', '首席', '特约', '综合', '报道', '整理', '供图', '发', '资料图', '资料照片', '图片', '待续', '完', '综合', '编译', '通讯', '来源']);

type Role = 'reporter' | 'correspondent' | 'photographer' | 'writer+photographer' | 'none' | string;

function roleOf(m: RegExpMatchArray): Role {
  if (m[1]) {
    if (m[1] === '记者') return 'reporter';
    if (m[1] === '摄影记者' || m[1] === '摄影') return 'photographer';
    if (m[1] === '通讯员') return 'correspondent';
    return m[1];
  }
  if (m[2]) return 'writer+photographer';
  if (m[3]) return m[3] === '文' ? 'reporter' : 'photographer';
  return 'photo-suffix';
}

/** Splits a run of names on spaces, 、 ，, ; keeps 弗朗西斯科·瓜达尼奥 whole. */
export function splitNames(chunk: string): string[] {
  return chunk
    .replace(/[【】\[\]（）()■□●◆▲★<>《》"“”:：]/g, ' ')
    .split(/[\s、，,；;|｜/／]+/)
    .map((x) => x.replace(/^[•·]+|[•·]+$/g, ''))
    .filter((x) => x && isPersonName(x));
}

function add(list: string[], names: string[]) {
  for (const n of names) if (!list.includes(n)) list.push(n);
}

/** Reads a credit string into roles. Unknown text is ignored; a bare name goes to others.作者. */
export function parseByline(text: string): Byline {
  const out = emptyByline();
  const t = text.replace(/[（(]\s*$/, '').trim();
  const marks = [...t.matchAll(ROLE_RE)];
  const lead = t.slice(0, marks[0]?.index ?? t.length);
  const leadNames = splitNames(lead);
  const all: string[] = [];
  let photoSuffix = false;
  // "图/广州日报全媒体记者 X": a 文/ 图/ 文/图 mark with nothing after it but the next credit
  // gives that credit its role (X took the pictures), the 记者 title only says who X is.
  let slashRole: Role | null = null;
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    let segment = t.slice(m.index! + m[0].length, marks[i + 1]?.index ?? t.length);
    let role = roleOf(m);
    if (slashRole && role === 'reporter') role = slashRole;
    // "图/新华社发 朱慧卿作": 作 (drawn by) closes a picture credit, it is no part of the name.
    if (role === 'photographer') segment = segment.replace(/(\p{Script=Han}{2,4})作\s*$/u, '$1');
    const names = splitNames(segment);
    slashRole = (m[2] || m[3]) && !segment.trim() ? role : null;
    if (role === 'photo-suffix') {
      photoSuffix = true;
      add(out.photographers, names);
      continue;
    }
    all.push(...names);
    if (role === 'reporter') add(out.reporters, names);
    else if (role === 'correspondent') add(out.correspondents, names);
    else if (role === 'photographer') add(out.photographers, names);
    else if (role === 'writer+photographer') {
      add(out.reporters, names);
      add(out.photographers, names);
    } else add((out.others[role] ??= []), names);
  }
  if (photoSuffix) {
    // "记者 A B 通讯员 C 摄": everyone named before 摄 took the photo.
    add(out.photographers, [...leadNames, ...all]);
    out.reporters = [];
    out.correspondents = [];
  } else if (leadNames.length) add((out.others['作者'] ??= []), leadNames);
  return out;
}

export function bylineIsEmpty(b: Byline): boolean {
  return !b.reporters.length && !b.correspondents.length && !b.photographers.length && !Object.keys(b.others).length;
}

/** Merges b into a (names de-duplicated). */
export function mergeBylines(a: Byline, b: Byline): Byline {
  add(a.reporters, b.reporters);
  add(a.correspondents, b.correspondents);
  add(a.photographers, b.photographers);
  for (const [k, v] of Object.entries(b.others)) add((a.others[k] ??= []), v);
  return a;
}

/**
 * What every ROLE_RE match contains (a role word, 图文, 文/ or 图/, 摄): a quick scan that rules
 * out most text before ROLE_RE, whose optional paper name (2–8 Han characters before 日报 …) is
 * tried at every position of a line.
 */
export const ROLE_HINT = /记者|通讯员|实习生|撰稿|摄|编辑|校对|作者|设计|制图|绘图|漫画|图文|[文图]\s*[/／]/;

/** Does the string contain a credit role word at all (记者, 通讯员, 摄, 文/图 …)? */
const ROLE_ANYWHERE = new RegExp(ROLE_RE.source, 'u');
export function hasRoleWord(s: string): boolean {
  return ROLE_HINT.test(s) && ROLE_ANYWHERE.test(s);
}

export { ROLE_RE as CREDIT_ROLE_RE };
