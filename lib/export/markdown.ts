import { type ExportArticle, bareNumber, bodyParagraphs, httpUrl, oneLine, photographers } from './article';
import { createZip } from './zip';

// Markdown: one article per section (or one file each in a zip). Page text is escaped so a
// Markdown viewer shows it as typed: no HTML tags, links, emphasis or headings come out of it.

/** Backslash-escapes Markdown's inline syntax and anything that would open a block at the start. */
export function mdText(s: unknown): string {
  const text = oneLine(s).replace(/[\\`*_{}[\]<>()#|~!&$]/g, '\\$&');
  // Block openers that survive inline escaping: "- ", "+ ", "1. ", "1) ", "=", setext/thematic lines.
  return text.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^[-+=]/, '\\$&');
}

const names = (xs: readonly string[] | undefined) => (xs ?? []).map(oneLine).filter(Boolean);

export function articleToMarkdown(a: ExportArticle): string {
  const out: string[] = [];
  if (oneLine(a.introTitle)) out.push(mdText(a.introTitle), '');
  out.push(`# ${mdText(a.title) || '（无标题）'}`, '');
  if (oneLine(a.subtitle)) out.push(`**${mdText(a.subtitle)}**`, '');
  const page = bareNumber(a.pageNumber);
  const meta: [string, string][] = [
    ['报纸', mdText(a.paperName)],
    ['日期', mdText(a.date)],
    ['版次', [page && `第${mdText(page)}版`, mdText(a.pageName)].filter(Boolean).join(' ')],
    ['记者', names(a.reporters).map(mdText).join('、')],
    ['通讯员', names(a.correspondents).map(mdText).join('、')],
    ['摄影', photographers(a).map(mdText).join('、')],
    ...Object.entries(a.otherCredits ?? {}).map(([role, who]): [string, string] => [mdText(role), names(who).map(mdText).join('、')]),
    ['关键词', names(a.keywords).map(mdText).join('、')],
    ['标签', names(a.tags).map(mdText).join('、')],
  ];
  const url = httpUrl(a.url);
  // An autolink needs no escaping inside; URL.href has already percent-encoded spaces and <>.
  if (url) meta.push(['原文', `<${url}>`]);
  const metaLines = meta.filter(([, v]) => v).map(([k, v]) => `- ${k}：${v}`);
  if (metaLines.length) out.push(...metaLines, '');
  for (const p of bodyParagraphs(a)) out.push(mdText(p), '');
  return out.join('\n');
}

/** All articles in one file, separated by rules. */
export function articlesToMarkdown(articles: readonly ExportArticle[]): string {
  return articles.map(articleToMarkdown).join('\n---\n\n');
}

/** A file name from page text: no path separators, reserved or control characters, at most 60 characters. */
export function safeFileName(s: string, fallback = 'article'): string {
  // eslint-disable-next-line no-control-regex
  const base = [...oneLine(s).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '')].slice(0, 60).join('');
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base);
  return base && !reserved ? base : fallback;
}

/** One .md per article, named "日期 报纸 标题.md" (numbered when two would share a name). */
export function articlesToMarkdownZip(articles: readonly ExportArticle[], date = new Date()): Uint8Array {
  const used = new Set<string>();
  const entries = articles.map((a, i) => {
    const stem = safeFileName([oneLine(a.date), oneLine(a.paperName), oneLine(a.title)].filter(Boolean).join(' '), `article-${i + 1}`);
    let name = `${stem}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem} (${n}).md`;
    used.add(name.toLowerCase());
    return { name, data: articleToMarkdown(a), date };
  });
  return createZip(entries);
}
