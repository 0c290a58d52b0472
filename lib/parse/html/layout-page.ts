// 版面 (layout) pages: page label, the pages, the page's articles (titles and links,
// empty bodies), PDF and prev/next links.
import { editorNames } from './article-body';
import { urlKey } from '../dom';
import { emptyArticle, type PageInfo, type ParsedArticle, type ParseResult } from '../types';
import { articleKindFromTitle } from './article-kind';
import { readLayoutArticles, readPageLinks, readPageNav, readPdf } from './layout-links';
import { readDate, readNewspaper, readPage, type MetaSources } from './page-meta';

export function parseLayoutPage(meta: MetaSources, base: string | null, result: ParseResult): ParseResult {
  const pages = readPageLinks(meta.doc, base);
  const here = meta.url ? pages.find((p) => urlKey(p.url) === urlKey(meta.url!)) ?? null : null;
  const current: PageInfo | null = here ? { number: here.number, name: here.name } : null;
  const listed = readLayoutArticles(meta.doc, base);
  const articles: ParsedArticle[] = listed.map(({ title, url }) => ({ ...emptyArticle(title), url, kind: articleKindFromTitle(title) }));
  const editors = new Set<string>();
  for (const line of meta.lines) for (const name of editorNames(line) ?? []) editors.add(name);
  return {
    ...result,
    newspaper: readNewspaper(meta),
    date: readDate(meta),
    page: readPage(meta, current),
    editors: [...editors],
    articles,
    pages,
    pdfUrl: readPdf(meta.doc, base, here),
    ...readPageNav(meta.doc, base),
  };
}
