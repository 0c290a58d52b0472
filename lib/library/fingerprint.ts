// Content fingerprint of an article, so that one article reached through two URLs (a layout's
// image-map link and its list link, html/ and pc/ mirrors, a ?div= variant the key keeps) is
// stored once. Same recipe as e-paper crawlers use: title plus the start of the body, with
// white space, page references (第N版) and continuation notes (上接/下转) removed.

const MIN_BODY_CHARS = 30;
const BODY_CHARS = 150;

function squash(s: string): string {
  return s
    .replace(/[（(]\s*(上接|下转|转)[^）)]{0,20}[）)]/g, '')
    .replace(/第\s*[A-Za-z]?\d{1,3}\s*版/g, '')
    .replace(/[\s\u3000\u00a0]+/g, '');
}

/** Null when the body is too short to tell articles apart (briefs, photos, failed pages). */
export function articleFingerprint(title: string, paragraphs: readonly string[]): string | null {
  const body = squash(paragraphs.join(''));
  if (body.length < MIN_BODY_CHARS) return null;
  return `${squash(title)}|${body.slice(0, BODY_CHARS)}`;
}
