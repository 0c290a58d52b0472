// How much of an article the analysis reads. Page content is hostile: one "article" of a few
// megabytes (a page whose whole text became one paragraph, or a crafted one) would otherwise keep
// jieba busy in the service worker for tens of seconds. Real district-paper articles are a few
// thousand characters; the limits sit far above that, so they change nothing for real articles.

/** Characters of the body that index terms are cut from (the rest is stored, shown and text-checked, not indexed). */
export const INDEX_BODY_LIMIT = 200_000;
/** Characters of the headline (intro title, title, subtitle) indexed or read for keywords. */
export const HEADLINE_LIMIT = 2_000;
/** Characters of the body keywords and entities are found in: what an article is about shows early. */
export const KEYWORD_BODY_LIMIT = 20_000;

/** The first `limit` UTF-16 units of `text`, never ending inside a surrogate pair. */
export function clipText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const last = text.charCodeAt(limit - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}
