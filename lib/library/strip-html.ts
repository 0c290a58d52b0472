// Raw text of a page that could not be parsed, so that it is kept and readable instead of lost.
// Pure string work (no DOM: this runs in the service worker): drop comments, scripts, styles and
// tags, decode entities, keep block boundaries as line breaks.

const DROP_BLOCKS = /<(script|style|noscript|template|svg|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const BLOCK_TAGS = /<\/?(p|div|br|tr|li|ul|ol|table|h[1-6]|section|article|header|footer|td|th|dt|dd|blockquote|pre|hr|title|founder-content)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z!][^>]*>/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: ' ', copy: '©' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** Readable text of an HTML document, one block per line, at most maxChars characters. */
export function htmlToRawText(html: string, maxChars = 200_000): string {
  const text = html
    .replace(COMMENTS, ' ')
    .replace(DROP_BLOCKS, ' ')
    .replace(BLOCK_TAGS, '\n')
    .replace(ANY_TAG, '');
  const lines = decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0\u3000]+/g, ' ').trim())
    .filter((l) => l.length > 0);
  const out = lines.join('\n');
  return out.length > maxChars ? out.slice(0, maxChars) : out;
}
