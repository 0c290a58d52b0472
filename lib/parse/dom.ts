// The one HTML tree the parser works on: htmlparser2 + domhandler, queried with css-select.
// No DOMParser: this runs in the background service worker and in Node alike.
import { parseDocument } from 'htmlparser2';
import { type AnyNode, type Document, type Element, isComment, isTag, isText } from 'domhandler';
import { compile, selectAll, selectOne } from 'css-select';

export type { AnyNode, Document, Element };

/** Parses HTML with lowercased tag and attribute names, entities decoded and comments kept. */
export function parseHtml(html: string): Document {
  return parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
}

type Query = ReturnType<typeof compile<AnyNode, Element>>;
const compiled = new Map<string, Query | null>();

// Selectors are compiled once per string; a selector css-select cannot read matches nothing
// rather than throwing, because selector tables are data and page content is hostile.
function query(selector: string): Query | null {
  let q = compiled.get(selector);
  if (q === undefined) {
    try {
      q = compile<AnyNode, Element>(selector);
    } catch {
      q = null;
    }
    compiled.set(selector, q);
  }
  return q;
}

export function select(root: AnyNode | AnyNode[], selector: string): Element[] {
  const q = query(selector);
  return q ? selectAll<AnyNode, Element>(q, root) : [];
}

export function selectFirst(root: AnyNode | AnyNode[], selector: string): Element | null {
  const q = query(selector);
  return q ? selectOne<AnyNode, Element>(q, root) : null;
}

export function attr(el: Element | null | undefined, name: string): string | null {
  const v = el?.attribs?.[name.toLowerCase()];
  return v == null ? null : v;
}

/** Elements whose text never belongs to an article. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'select', 'textarea', 'head', 'title']);
/** Elements that start a new line in rendered text. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'hr',
  'form', 'center', 'figure', 'figcaption', 'main', 'address', 'caption', 'fieldset', 'legend', 'option', 'founder-content',
]);

/** Collapses runs of ASCII white space; keeps full-width spaces that the lines themselves trim. */
function tidyLine(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, ' ').replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}

/**
 * Rendered text as lines: block elements and <br> break lines, inline text runs together,
 * scripts/styles/frames are skipped. Empty lines are dropped.
 */
export function textLines(node: AnyNode | AnyNode[] | null | undefined): string[] {
  if (!node) return [];
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = tidyLine(cur);
    if (t) lines.push(t);
    cur = '';
  };
  // An explicit stack instead of recursion: deeply nested tag soup must not overflow.
  const stack: Array<AnyNode | 'end-block'> = Array.isArray(node) ? [...node].reverse() : [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === 'end-block') {
      flush();
      continue;
    }
    if (isText(n)) cur += n.data;
    else if (isTag(n)) {
      if (SKIPPED.has(n.name)) continue;
      if (n.name === 'img' || n.name === 'input') continue;
      const block = BLOCK.has(n.name);
      if (block) {
        flush();
        stack.push('end-block');
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    } else if ('children' in n && !isComment(n)) {
      const kids = (n as Document).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  flush();
  return lines;
}

/** Text of a node on one line (white space collapsed, block breaks become one space). */
export function innerText(node: AnyNode | AnyNode[] | null | undefined): string {
  return textLines(node).join(' ').trim();
}

/** Every comment's text in document order, including comments after </html>. */
export function comments(root: AnyNode): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isComment(n)) out.push(n.data);
    else if ('children' in n) {
      const kids = (n as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** The page's own base: <base href> if present, resolved against the page URL. */
export function baseUrl(doc: Document, pageUrl: string | null): string | null {
  const href = attr(selectFirst(doc, 'base[href]'), 'href');
  if (href) return resolveUrl(href, pageUrl) ?? pageUrl;
  return pageUrl;
}

/**
 * Resolves an href against the page URL. javascript:, mailto: and empty hrefs give null.
 * Without a base, relative hrefs are returned as written (the page was read from a file).
 */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  const h = (href ?? '').trim().replace(/\\/g, '/');
  if (!h || h === '#' || /^(javascript|mailto|tel|data|about):/i.test(h)) return null;
  if (!base) return h;
  try {
    return new URL(h, base).href;
  } catch {
    return null;
  }
}

/** A URL without query and fragment, for de-duplicating links to the same article. */
export function urlKey(url: string): string {
  return url.replace(/[?#].*$/, '').toLowerCase();
}
