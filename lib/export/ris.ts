import { type ExportArticle, bareNumber, bodyParagraphs, httpUrl, oneLine, photographers, textAuthors } from './article';

// RIS for Zotero and EndNote: one record per article, type NEWS (newspaper), "TAG  - value"
// lines with CRLF, closed by "ER  - ". Every value is forced onto one line, so page content can
// never start a tag of its own (a title holding "\nER  - " stays inside TI).

/** How much of the body goes into the abstract (AB); the whole body does not belong in a reference. */
export const RIS_ABSTRACT_CHARS = 500;

const line = (tag: string, value: string) => `${tag}  - ${value}`;

/** RIS dates are YYYY/MM/DD/ (the trailing part is free text, left empty). */
function risDate(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}/${m[2]}/${m[3]}/` : null;
}

function abstractOf(a: ExportArticle): string {
  const text = bodyParagraphs(a).join(' ');
  const chars = [...text];
  return chars.length > RIS_ABSTRACT_CHARS ? `${chars.slice(0, RIS_ABSTRACT_CHARS).join('')}…` : text;
}

export function articleToRis(a: ExportArticle): string {
  const out = [line('TY', 'NEWS')];
  const push = (tag: string, value: string | null | undefined) => {
    const v = oneLine(value ?? '');
    if (v) out.push(line(tag, v));
  };
  push('TI', a.title);
  for (const name of textAuthors(a)) push('AU', name);
  push('T2', a.paperName);
  const date = oneLine(a.date);
  push('DA', risDate(date));
  push('PY', /^\d{4}/.exec(date)?.[0]);
  push('SP', bareNumber(a.pageNumber));
  push('SE', a.pageName);
  push('UR', httpUrl(a.url));
  push('LA', 'zh');
  for (const k of new Set([...(a.keywords ?? []), ...(a.tags ?? [])])) push('KW', k);
  push('AB', abstractOf(a));
  const notes = [
    a.introTitle && `引题：${oneLine(a.introTitle)}`,
    a.subtitle && `副题：${oneLine(a.subtitle)}`,
    photographers(a).length > 0 && `摄影：${photographers(a).join('、')}`,
  ].filter((n): n is string => typeof n === 'string' && n.length > 0);
  push('N1', notes.join('；'));
  out.push('ER  - ');
  return out.join('\r\n');
}

export function articlesToRis(articles: readonly ExportArticle[]): string {
  return articles.map(articleToRis).join('\r\n\r\n') + '\r\n';
}
