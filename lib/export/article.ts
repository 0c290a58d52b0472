// The article shape every export format reads. Structural, so a stored ArticleRecord (or a plain
// object built elsewhere) can be passed as it is; every string in it is page content and hostile.

export interface ExportArticle {
  id?: string;
  title: string;
  introTitle?: string | null;
  subtitle?: string | null;
  reporters?: readonly string[];
  correspondents?: readonly string[];
  photographers?: readonly string[];
  /** Other roles from the byline (作者, 编辑…), by role name. */
  otherCredits?: Readonly<Record<string, readonly string[]>>;
  paperName?: string | null;
  /** YYYY-MM-DD. */
  date?: string | null;
  /** 版次 as printed ("03", "A2"); several for a continued article ("1, 3"). */
  pageNumber?: string | null;
  pageName?: string | null;
  url?: string | null;
  paragraphs?: readonly string[];
  /** Whole page text kept when parsing failed; used as the body when there are no paragraphs. */
  rawText?: string | null;
  keywords?: readonly string[];
  tags?: readonly string[];
}

/** Roles in otherCredits that name who wrote the text (the byline parser's labels). */
const WRITER_ROLES = ['作者', '文', '撰稿', '撰文', '文字'];

const clean = (list: readonly unknown[] | undefined): string[] =>
  [...new Set((list ?? []).filter((x): x is string => typeof x === 'string').map((s) => oneLine(s)).filter(Boolean))];

/** Who wrote the text, in byline order: reporters, correspondents, then other writer roles. */
export function textAuthors(a: ExportArticle): string[] {
  const others = WRITER_ROLES.flatMap((r) => a.otherCredits?.[r] ?? []);
  return clean([...(a.reporters ?? []), ...(a.correspondents ?? []), ...others]);
}

export function photographers(a: ExportArticle): string[] {
  return clean(a.photographers);
}

/** Body paragraphs, falling back to the raw text's non-empty lines. */
export function bodyParagraphs(a: ExportArticle): string[] {
  const paras = clean(a.paragraphs ?? []);
  if (paras.length) return paras;
  return (typeof a.rawText === 'string' ? a.rawText : '').split(/\r\n|\r|\n/).map((l) => oneLine(l)).filter(Boolean);
}

/**
 * A field as one line: line breaks and other control characters become spaces (so a value can
 * never start a new RIS tag or Markdown block), runs of spaces collapse, ends are trimmed.
 */
export function oneLine(s: unknown): string {
  if (typeof s !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** 版次 without the zero padding printed on pages: "03" → "3", "A02" → "A2", "第05版" → "5". */
export function bareNumber(pageNumber: string | null | undefined): string {
  const s = oneLine(pageNumber ?? '').replace(/^第\s*/, '').replace(/\s*版$/, '');
  return s.replace(/(^|[^0-9])0+(?=\d)/g, '$1');
}

/** The http(s) address of the article, or null (javascript:, data: and broken URLs are dropped). */
export function httpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The parts of a continued article as one: fields from the first part, paragraphs of all parts
 * in order, page numbers joined, people and keywords each once.
 */
export function joinParts(parts: readonly ExportArticle[]): ExportArticle {
  const first = parts[0];
  if (!first) throw new Error('joinParts: no parts');
  if (parts.length === 1) return first;
  const pages = [...new Set(parts.map((p) => bareNumber(p.pageNumber)).filter(Boolean))];
  const names = (pick: (p: ExportArticle) => readonly string[] | undefined) => clean(parts.flatMap((p) => pick(p) ?? []));
  const otherCredits: Record<string, string[]> = {};
  for (const p of parts) for (const [role, who] of Object.entries(p.otherCredits ?? {})) otherCredits[role] = clean([...(otherCredits[role] ?? []), ...who]);
  return {
    ...first,
    pageNumber: pages.join(', ') || null,
    reporters: names((p) => p.reporters),
    correspondents: names((p) => p.correspondents),
    photographers: names((p) => p.photographers),
    otherCredits,
    paragraphs: parts.flatMap(bodyParagraphs),
    keywords: names((p) => p.keywords),
    tags: names((p) => p.tags),
  };
}
