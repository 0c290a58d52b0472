import { type ExportArticle } from './article';
import { articlesToCsv } from './csv';
import { gbt7714List, type CitationOptions } from './gbt7714';
import { articlesToMarkdown, articlesToMarkdownZip } from './markdown';
import { articlesToRis } from './ris';

// Export of selected or filtered articles (issue 7). Pure: takes articles, returns a file's
// name, type and bytes; the page that calls it triggers the download or the clipboard copy.
// For a continued article pass joinParts(parts) so it is one entry.

export type { ExportArticle } from './article';
export { joinParts, textAuthors, bareNumber, httpUrl } from './article';
export { articlesToCsv, csvCell } from './csv';
export { articleToMarkdown, articlesToMarkdown, articlesToMarkdownZip, safeFileName } from './markdown';
export { articleToRis, articlesToRis } from './ris';
export { gbt7714Citation, gbt7714List, type CitationOptions } from './gbt7714';
export { createZip, crc32, type ZipEntry } from './zip';

export type ExportFormat = 'csv' | 'markdown' | 'markdown-zip' | 'ris' | 'gbt7714';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'markdown', 'markdown-zip', 'ris', 'gbt7714'];

export interface ExportFile {
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ExportOptions {
  /** Used in the file name and for zip entry times; default now. */
  now?: Date;
  /** Options of the GB/T 7714 list. */
  citation?: CitationOptions;
}

const stamp = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
};

/** The file for a format: "qubao-20240305-1412.csv" and so on. */
export function exportArticles(format: ExportFormat, articles: readonly ExportArticle[], opts: ExportOptions = {}): ExportFile {
  const now = opts.now ?? new Date();
  const name = (ext: string) => `qubao-${stamp(now)}.${ext}`;
  const text = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'csv':
      return { filename: name('csv'), mimeType: 'text/csv;charset=utf-8', bytes: text(articlesToCsv(articles)) };
    case 'markdown':
      return { filename: name('md'), mimeType: 'text/markdown;charset=utf-8', bytes: text(articlesToMarkdown(articles)) };
    case 'markdown-zip':
      return { filename: name('zip'), mimeType: 'application/zip', bytes: articlesToMarkdownZip(articles, now) };
    case 'ris':
      return { filename: name('ris'), mimeType: 'application/x-research-info-systems', bytes: text(articlesToRis(articles)) };
    case 'gbt7714':
      return { filename: name('txt'), mimeType: 'text/plain;charset=utf-8', bytes: text(gbt7714List(articles, opts.citation) + '\n') };
    default:
      throw new Error(`unknown export format: ${String(format satisfies never)}`);
  }
}
