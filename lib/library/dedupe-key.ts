// Deterministic keys so that one article visited twice, or open in two tabs, is stored once.
// The fragment never identifies an article; the query usually does not either (cache busters
// such as ?v=1, ?div=1 on area links, tracking tags), but some platforms put the article id in
// it (?docId=, ?id=, ?Nid=), so only known noise parameters are dropped and the rest are kept
// in sorted order.

const NOISE_PARAMS = new Set(['v', 'ver', 't', '_', 'ts', 'timestamp', 'rnd', 'random', 'div', 'from', 'spm', 'isappinstalled', 'share', 'source']);

function isNoise(name: string): boolean {
  const n = name.toLowerCase();
  return NOISE_PARAMS.has(n) || n.startsWith('utm_');
}

/** The URL an article is keyed by: lower-case host, no default port, no fragment, no noise query parameters. */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !isNoise(k));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return u.toString();
}

/**
 * Key of one article. An article with its own URL is keyed by that URL; articles that only
 * exist inside a page (page-text, a layout page carrying text) by the page URL plus their
 * position, which is stable because the parse of the same page is deterministic.
 */
export function articleKey(pageUrl: string, articleUrl: string | null, index: number, total: number): string {
  if (articleUrl) {
    try {
      return canonicalUrl(articleUrl);
    } catch {
      // fall through to the page URL: a relative or broken article URL must not lose the article
    }
  }
  const page = canonicalUrl(pageUrl);
  return total <= 1 ? page : `${page}#${index + 1}`;
}

/** Key of a failed page, kept as raw text; the same key as a one-article page so a later good parse replaces it. */
export function failedPageKey(pageUrl: string): string {
  return canonicalUrl(pageUrl);
}

/** Key of a 版面 page record: paper, date and page number when known, else its URL. */
export function layoutPageKey(pageUrl: string, paper: string | null, date: string | null, pageNumber: string | null): string {
  if (paper && date && pageNumber) return `${paper}|${date}|${pageNumber.replace(/^0+(?=\d)/, '')}`;
  return canonicalUrl(pageUrl);
}

/** Key of an edition (one issue of one paper). */
export function editionKey(paper: string, date: string): string {
  return `${paper}|${date}`;
}
