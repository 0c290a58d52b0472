// Is this text one article's page or a whole printed page? The URL decides when it can
// (content_N.htm, /pc/content/, /Article/index/aid/ … are article pages; node_N.htm and
// /layout/ pages show a whole page); otherwise the number of articles found does.

const ARTICLE_URL: RegExp[] = [
  /content_\d+(?:_\d+)*\.s?html?/i,
  /\/pc\/(?:content|con)\//i,
  /\/article\/index\/aid\/\d+/i,
  /\/articleid\/\d+/i,
  /[?&](?:articleid|aid|newsid|id)=\d+/i,
  /\/news-\d+-\d+\.html?/i,
  /\/con-\d+\.html?/i,
  /\/c\/\d{6}\/\d{2}\//i,
  /_\d{3}_\d+\.html?(?:#|$)/i,
];
const LAYOUT_URL: RegExp[] = [
  /\/node_[A-Za-z]*\d+\.s?html?/i,
  /\/(?:pc\/)?(?:layout|col|column)\//i,
  /\/col_?[A-Za-z]*\d+\.html?/i,
  /nbs\.D\d+[a-z]+_\d+\.html?/i,
  /\/(?:index|default)\.s?html?$/i,
];

export function kindFromUrl(url: string | null): 'article' | 'page-text' | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  if (ARTICLE_URL.some((re) => re.test(path))) return 'article';
  if (LAYOUT_URL.some((re) => re.test(path))) return 'page-text';
  return null;
}
