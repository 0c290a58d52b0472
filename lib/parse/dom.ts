// The one HTML tree the parser works on: htmlparser2 + domhandler, queried with css-select.
// No DOMParser: this runs in the background service worker and in Node alike.
import { parseDocument } from 'htmlparser2';
import { type AnyNode, type Document, type Element, isComment, isTag, isText } from 'domhandler';
import { compile, is, selectAll, selectOne } from 'css-select';

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
  if (!q) return [];
  const candidates = subjectCandidates(root, selector);
  if (candidates) return candidates.filter((el) => is(el, q));
  return selectAll<AnyNode, Element>(q, root);
}

export function selectFirst(root: AnyNode | AnyNode[], selector: string): Element | null {
  const q = query(selector);
  if (!q) return null;
  const candidates = subjectCandidates(root, selector);
  if (candidates) return candidates.find((el) => is(el, q)) ?? null;
  return selectOne<AnyNode, Element>(q, root);
}

// Selector tables ask dozens of questions of one big page, and css-select walks the whole tree
// for each. A document index (elements by tag, id and class, in document order) turns a query
// on the whole document into a test of the few elements that can be its subject.
interface DocIndex {
  byTag: Map<string, Element[]>;
  byId: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  order: Map<Element, number>;
}
const indexes = new WeakMap<Document, DocIndex>();

function push(map: Map<string, Element[]>, key: string, el: Element) {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

function docIndex(doc: Document): DocIndex {
  let idx = indexes.get(doc);
  if (idx) return idx;
  idx = { byTag: new Map(), byId: new Map(), byClass: new Map(), order: new Map() };
  const stack: AnyNode[] = [...doc.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    idx.order.set(n, idx.order.size);
    push(idx.byTag, n.name, n);
    const { id, class: cls } = n.attribs;
    if (id) push(idx.byId, id.trim(), n);
    if (cls) for (const c of new Set(cls.split(/\s+/))) if (c) push(idx.byClass, c, n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  indexes.set(doc, idx);
  return idx;
}

/**
 * The elements that can be the selector's subject, in document order, when the query is on a
 * whole document and every comma part's subject names a tag, id or class; null otherwise.
 */
function subjectCandidates(root: AnyNode | AnyNode[], selector: string): Element[] | null {
  if (Array.isArray(root) || root.type !== 'root') return null;
  const idx = docIndex(root as Document);
  const flat = selector.replace(/\[[^\]]*\]/g, (a) => (/^\[id=["']?[\w-]+["']?\]$/.test(a) ? a : '[]')).replace(/\([^)]*\)/g, '()');
  let out: Element[] = [];
  for (const part of flat.split(',')) {
    const subject = part.trim().split(/[\s>+~]+/).filter(Boolean).pop() ?? '';
    const id = /#([\w-]+)/.exec(subject)?.[1] ?? /\[id=["']?([\w-]+)["']?\]/.exec(subject)?.[1];
    const cls = /\.([\w-]+)/.exec(subject)?.[1];
    const tag = /^[a-z][\w-]*/i.exec(subject)?.[0]?.toLowerCase();
    const list = id != null ? idx.byId.get(id) : cls != null ? idx.byClass.get(cls) : tag ? idx.byTag.get(tag) : undefined;
    if (id == null && cls == null && !tag) return null; // e.g. "[href]": no index to narrow it
    if (list) out = out.concat(list);
  }
  if (flat.includes(',')) out = [...new Set(out)].sort((a, b) => idx.order.get(a)! - idx.order.get(b)!);
  return out;
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
  // String#trim also removes U+3000, U+00A0 and U+FEFF (all Unicode white space).
  return s.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

/**
 * Rendered text as lines: block elements and <br> break lines, inline text runs together,
 * scripts/styles/frames are skipped. Empty lines are dropped.
 */
export function textLines(node: AnyNode | AnyNode[] | null | undefined, maxChars = Infinity): string[] {
  if (!node) return [];
  const lines: string[] = [];
  let cur = '';
  let total = 0;
  const flush = () => {
    const t = tidyLine(cur);
    if (t) {
      lines.push(t);
      total += t.length + 1;
    }
    cur = '';
  };
  // An explicit stack instead of recursion: deeply nested tag soup must not overflow.
  const stack: Array<AnyNode | 'end-block'> = Array.isArray(node) ? [...node].reverse() : [node];
  while (stack.length && total < maxChars) {
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
