// Links on a 版面 page: the issue's pages (版面导航), the page's articles (title lists and the
// image map), the PDF and the prev/next page and issue. Selectors are data per template; the
// extraction is shared.
import { parseEditorLine } from '../conventions/editors';
import { parsePageLabel } from '../conventions/page-label';
import { attr, innerText, resolveUrl, select, urlKey, type AnyNode, type Document, type Element } from '../dom';
import type { PageLink } from '../types';

/** Page navigation entries on every template (repeated id=pageLink included: attribute selector). */
export const PAGE_LINK_SELECTORS = [
  '[id=pageLink]', 'a.rigth_bmdh_href', '#layoutlist li a', '.Chunkiconlist p a:first-child', 'li.layout-catalogue-item a',
  '#bancilist li a', 'div.nav-list li a', '.dzb-enter-mulu-wrap-nav a', '#catalog li a', 'tr.bmdh_tr td.default a',
  '#list li a', // 南方日报's page index (entries that read as page labels only)
];

/** Article title lists, most specific first. */
export const ARTICLE_LIST_SELECTORS = [
  '.main-ed-articlenav-list a', '#main-ed-articlenav-list a', 'tr.wzlb_tr a', '#titleList a', 'ul.news-list a', '.news-list a',
  '#ScroLeft .newslist a', '.nav-list-group a', '.dzb-enter-benban-wrap a', '[id^=artPList] a', '#list li a',
];

/** hrefs that point at an article page on the e-paper platforms of the docs. */
const ARTICLE_PATH = /(^|[/_.])(content|con)[_-][\w-]*\.s?html?$|(^|\/)Qpaper_\d+_\d+\.html$|\/(con|content)\/.*\d|\/articleid\/\d+|\/aid\/\d+|\/c\/\d{6}\/|(^|\/)nw\.D\w+?_\d+[-_]\d+\.html?$/i;
const ARTICLE_QUERY = /[?&](docid|articleid|aid)=\d+/i;
const NODE_HREF = /(^|\/)(node|col)_?\w*\.s?html?$|paperindex|\.pdf$/i;

export function hrefOf(el: Element): string | null {
  return attr(el, 'href') ?? attr(el, 'data-href');
}

export function isArticleHref(href: string | null): boolean {
  if (!href || /^javascript:/i.test(href)) return false;
  const path = href.replace(/#.*$/, '');
  const noQuery = path.replace(/\?.*$/, '');
  if (NODE_HREF.test(noQuery)) return false;
  return ARTICLE_PATH.test(noQuery) || ARTICLE_QUERY.test(path);
}

/**
 * Links inside a page's image map or a template's article list point at articles whatever their
 * URL shape (湘西团结报, 怒江日报 … use their own); only page, PDF and script links are not.
 */
export function isTrustedArticleHref(href: string | null): boolean {
  if (!href || /^(javascript|mailto):|^#/i.test(href.trim())) return false;
  return !NODE_HREF.test(href.replace(/[?#].*$/, '')) && !/\.(jpe?g|png|gif)$/i.test(href.replace(/[?#].*$/, ''));
}

const isPdf = (href: string | null) => !!href && /\.pdf($|[?#])/i.test(href);

/** The nearest row-like ancestor (tr, li, p, div) that holds an element: where its PDF link sits. */
function rowOf(el: Element): Element | null {
  for (let p = el.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) {
    if (['tr', 'li', 'p', 'dd'].includes(p.name)) return p;
  }
  return null;
}

export function readPageLinks(doc: Document, base: string | null): PageLink[] {
  const seen = new Set<string>();
  const pages: PageLink[] = [];
  for (const sel of PAGE_LINK_SELECTORS) {
    for (const a of select(doc, sel)) {
      const label = parsePageLabel(innerText(a));
      const url = resolveUrl(hrefOf(a), base);
      if (!label || !url || isPdf(url) || seen.has(urlKey(url))) continue;
      seen.add(urlKey(url));
      const row = rowOf(a);
      const pdfA = row ? select(row, 'a[href]').find((x) => isPdf(attr(x, 'href'))) : null;
      pages.push({ number: label.number, name: label.name, url, pdfUrl: pdfA ? resolveUrl(attr(pdfA, 'href'), base) : null });
    }
    if (pages.length) break;
  }
  return pages;
}

export interface ListedArticle {
  title: string;
  url: string;
}

/** Title of an article link: its text, else its title/alt attribute (image-map areas). */
function linkTitle(el: Element): string {
  return innerText(el) || (attr(el, 'title') ?? attr(el, 'alt') ?? '').trim();
}

function collect(els: Element[], base: string | null, into: Map<string, ListedArticle>, order: string[], test = isArticleHref) {
  for (const el of els) {
    const url = resolveUrl(hrefOf(el), base);
    if (!url || !test(hrefOf(el))) continue;
    const key = urlKey(url);
    const title = linkTitle(el);
    const prev = into.get(key);
    if (!prev) {
      into.set(key, { title, url });
      order.push(key);
    } else if (!prev.title && title) prev.title = title;
  }
}

/** Titles that are page credits, not articles (本版责编 …). */
export function isEditorEntry(title: string): boolean {
  return /责编|责任编辑|版面编辑|本版编辑/.test(title) || parseEditorLine(title) != null;
}

/**
 * The page's articles. The image map is the authority on which articles are on this page when
 * present (side lists such as 今日关注 link other pages); titles come from the list that shares
 * most links with the map. Without a map, the first template list with links, else every
 * article link on the page.
 */
/**
 * SVG hotspots (国家电网报: <polygon class="area" title="标题" data-contentid="746458">) whose
 * article sits beside the layout page as con-{id}.html (docs §1.5).
 */
function svgHotspots(doc: Document, base: string | null): ListedArticle[] {
  return select(doc, 'polygon[data-contentid]').flatMap((p) => {
    const id = (attr(p, 'data-contentid') ?? '').trim();
    const url = /^\d+$/.test(id) ? resolveUrl(`con-${id}.html`, base) : null;
    return url ? [{ title: (attr(p, 'title') ?? '').trim(), url }] : [];
  });
}

export function readLayoutArticles(doc: Document, base: string | null): ListedArticle[] {
  const svg = svgHotspots(doc, base);
  if (svg.length) return dedupe(svg).filter((a) => !isEditorEntry(a.title));
  const areas = select(doc, 'map area[href]').filter((a) => isTrustedArticleHref(attr(a, 'href')));
  const links = select(doc, 'a[href], a[data-href]');
  const anchors = links.filter((a) => isArticleHref(hrefOf(a)));
  const byKey = new Map<string, ListedArticle>();
  const order: string[] = [];
  if (areas.length) {
    const mapKeys = new Set(areas.map((a) => urlKey(resolveUrl(attr(a, 'href'), base) ?? '')));
    // Links to the map's articles, whatever their URL shape.
    const linked = links.filter((a) => mapKeys.has(urlKey(resolveUrl(hrefOf(a), base) ?? '')));
    collect(bestList(linked, mapKeys, base), base, byKey, order, isTrustedArticleHref);
    collect(areas, base, byKey, order, isTrustedArticleHref);
    // Titles for map-only areas from any link to the same article.
    collect(linked, base, byKey, [], isTrustedArticleHref);
  } else {
    let listed: Element[] = [];
    for (const sel of ARTICLE_LIST_SELECTORS) {
      listed = select(doc, sel).filter((a) => isTrustedArticleHref(hrefOf(a)));
      if (listed.length) break;
    }
    if (listed.length) collect(listed, base, byKey, order, isTrustedArticleHref);
    else collect(anchors, base, byKey, order);
  }
  return order.map((k) => byKey.get(k)!).filter((a) => !isEditorEntry(a.title));
}

function dedupe(items: ListedArticle[]): ListedArticle[] {
  const seen = new Set<string>();
  return items.filter((a) => !seen.has(urlKey(a.url)) && !!seen.add(urlKey(a.url)));
}

/** The anchors of the list container (ul/table/div) holding the most links that are also on the map. */
function bestList(linked: Element[], mapKeys: Set<string>, base: string | null): Element[] {
  const containers = new Set<AnyNode>(linked.map(listContainer));
  const onMap = (a: Element) => mapKeys.has(urlKey(resolveUrl(hrefOf(a), base) ?? ''));
  let best: Element[] = [];
  let bestHits = 0;
  for (const container of containers) {
    // Besides the map's own links, only links that look like articles: the container may be large.
    const inside = select(container, 'a[href]').filter((a) => onMap(a) || isArticleHref(hrefOf(a)));
    const hits = new Set(inside.map((a) => urlKey(resolveUrl(hrefOf(a), base) ?? '')).filter((k) => mapKeys.has(k))).size;
    if (hits > bestHits) {
      best = inside;
      bestHits = hits;
    }
  }
  return best;
}

function listContainer(a: Element): AnyNode {
  for (let p = a.parent as Element | null; p; p = p.parent as Element | null) {
    if (p.type === 'tag' && ['ul', 'ol', 'tbody', 'table', 'dl'].includes(p.name)) {
      // A one-row table per link (S1's 今日关注 lists) is not the list: keep climbing while this
      // container holds a single article link.
      const links = select(p, 'a[href]').filter((x) => isTrustedArticleHref(hrefOf(x)));
      if (links.length > 1) return p;
    }
    if (!p.parent) return p;
  }
  return a;
}

export interface PageNav {
  prevPageUrl: string | null;
  nextPageUrl: string | null;
  prevIssueUrl: string | null;
  nextIssueUrl: string | null;
}

const NAV_TEXT: Array<[keyof PageNav, RegExp]> = [
  ['nextPageUrl', /^下一?版$/],
  ['prevPageUrl', /^上一?版$/],
  ['prevIssueUrl', /^(上一期|前一期|前一天|上期)$/],
  ['nextIssueUrl', /^(下一期|后一期|后一天|下期)$/],
];

export function readPageNav(doc: Document, base: string | null): PageNav {
  const nav: PageNav = { prevPageUrl: null, nextPageUrl: null, prevIssueUrl: null, nextIssueUrl: null };
  // cnepaper ids first: at the ends of the paper their href is javascript:alert(…), which resolves to null.
  const ids: Array<[keyof PageNav, string]> = [['nextPageUrl', 'a#ed_next'], ['prevPageUrl', 'a#ed_pre']];
  for (const [key, sel] of ids) {
    const a = select(doc, sel)[0];
    if (a) nav[key] = resolveUrl(attr(a, 'href'), base);
  }
  for (const a of select(doc, 'a[href]')) {
    const text = innerText(a).replace(/[^\p{Script=Han}]/gu, '');
    for (const [key, re] of NAV_TEXT) {
      if (nav[key] == null && re.test(text)) nav[key] = resolveUrl(attr(a, 'href'), base);
    }
  }
  return nav;
}

export function readPdf(doc: Document, base: string | null, current: PageLink | null): string | null {
  if (current?.pdfUrl) return current.pdfUrl;
  const explicit = select(doc, 'a#bigbmshowpdf, a.pdf, #pdf_toolbar a').find((a) => attr(a, 'href'));
  if (explicit) return resolveUrl(attr(explicit, 'href'), base);
  const any = select(doc, 'a[href]').find((a) => isPdf(attr(a, 'href')));
  return any ? resolveUrl(attr(any, 'href'), base) : null;
}
