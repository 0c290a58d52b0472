// Reads the field sources of article-fields.ts from the tree.
import { isComment, type AnyNode, type Comment, type Element } from 'domhandler';
import { CREDIT_ROLE_RE, hasRoleWord } from '../conventions/byline';
import { attr, innerText, select, selectFirst, textLines, type Document } from '../dom';
import type { EnpProperties } from './enpproperty';

/** Nodes between an opening marker comment and its closing one (siblings, or to the parent's end). */
const commentIndex = new WeakMap<Document, Comment[]>();

/** The document's comment nodes, collected once: every marker lookup would otherwise walk the tree. */
function commentNodes(doc: Document): Comment[] {
  let list = commentIndex.get(doc);
  if (list) return list;
  list = [];
  const stack: AnyNode[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    if (isComment(n)) list.push(n);
    else if ('children' in n) {
      const kids = (n as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  commentIndex.set(doc, list);
  return list;
}

export function commentRange(doc: Document, open: RegExp, close: RegExp): AnyNode[] | null {
  for (const n of commentNodes(doc)) {
    if (open.test(n.data)) {
      const out: AnyNode[] = [];
      for (let s = n.next; s; s = s.next) {
        if (isComment(s) && close.test(s.data)) break;
        if (isComment(s) && open.test(s.data)) continue; // doubled <!--enpcontent--><!--enpcontent-->
        out.push(s);
      }
      return out;
    }
  }
  return null;
}

function npmRange(doc: Document, name: string): AnyNode[] | null {
  const esc = name.replace(/[-]/g, '\\-');
  return commentRange(doc, new RegExp(`^\\s*<npm:${esc}>\\s*$`, 'i'), new RegExp(`^\\s*</npm:${esc}>\\s*$`, 'i'));
}

function tableOf(el: Element | null): Element | null {
  for (let p = el?.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) if (p.name === 'table') return p;
  return null;
}

/** The classic table.wz: td.font02 rows before and after the td.font01 title row. */
function wzRow(doc: Document, where: 'before' | 'after'): string | null {
  // table.wz, or on older templates (南方日报 before 2018) whichever table holds the td.font01 title.
  const table = selectFirst(doc, 'table.wz') ?? tableOf(selectFirst(doc, 'td.font01'));
  if (!table) return null;
  const cells = select(table, 'td.font01, td.font02');
  const at = cells.findIndex((c) => c.attribs.class?.split(/\s+/).includes('font01'));
  if (at < 0) return null;
  const pick = where === 'before' ? cells.slice(0, at).reverse() : cells.slice(at + 1, at + 2);
  for (const c of pick) {
    // The author row (founder-author) is not a subtitle.
    if (selectFirst(c, 'founder-author')) continue;
    const t = innerText(c);
    if (t) return t;
  }
  return null;
}

/** First source with text, as one line. */
export function readText(doc: Document, props: EnpProperties, sources: string[]): string | null {
  for (const src of sources) {
    const [kind, arg] = [src.slice(0, src.indexOf(':')), src.slice(src.indexOf(':') + 1)];
    let text: string | null = null;
    if (kind === 'enp') text = props[arg] ?? null;
    else if (kind === 'npm') text = innerText(npmRange(doc, arg));
    else if (kind === 'wz') text = wzRow(doc, arg as 'before' | 'after');
    else if (kind === 'credit-meta') {
      // Only a value that names a role (记者 X): portals put the site's own name in meta[name=author].
      text = attr(selectFirst(doc, `meta[name=${arg}]`), 'content');
      if (text && !hasRoleWord(text)) text = null;
    }
    else if (kind === 'css' || kind === 'credit-css') {
      for (const el of select(doc, arg)) {
        text = innerText(el);
        // credit-css: a loosely named element (class*=author) counts only when it names a role.
        if (kind === 'credit-css' && text && !hasRoleWord(text)) text = null;
        if (text) break;
      }
    }
    text = text?.replace(/\s+/g, ' ').trim() ?? null;
    if (text) return text;
  }
  return null;
}

/**
 * The element whose own <p> children hold the most text: the body of a page no template
 * names (older ASP papers print the article as bare paragraphs in a table cell).
 */
function densestParagraphs(doc: Document): AnyNode[] | null {
  const weight = new Map<Element, number>();
  for (const p of select(doc, 'p')) {
    const parent = p.parent as Element | null;
    if (!parent || parent.type !== 'tag') continue;
    const n = innerText(p).length;
    if (n >= 15) weight.set(parent, (weight.get(parent) ?? 0) + n);
  }
  let best: Element | null = null;
  let most = 0;
  for (const [el, n] of weight) if (n > most) [best, most] = [el, n];
  return best && most >= 40 ? [best] : null;
}

/** The first body source with text, as the node(s) holding it and the source that matched. */
export function readBodyNodes(doc: Document, sources: string[]): { nodes: AnyNode[]; source: string; lines: string[] } | null {
  for (const src of sources) {
    let nodes: AnyNode[] | null = null;
    if (src === 'dense-p') nodes = densestParagraphs(doc);
    else if (src === 'enpcontent') nodes = commentRange(doc, /^\s*enpcontent\s*$/i, /^\s*\/enpcontent\s*$/i);
    else if (src.startsWith('npm:')) nodes = npmRange(doc, src.slice(4));
    else if (src.startsWith('css:')) {
      // The element with the most text: templates repeat ids (a hidden copy, an empty twin).
      // A class on every paragraph (新民晚报 p.dzb-desc-box) is the body as a whole: all of them.
      const els = select(doc, src.slice(4));
      if (els.length > 1 && els.every((el) => el.name === 'p')) {
        const lines = textLines(els);
        if (lines.length) return { nodes: els, source: src, lines };
      }
      const best = els.length === 1 ? { el: els[0]!, n: 1 } : els.map((el) => ({ el, n: innerText(el).length })).sort((a, b) => b.n - a.n)[0];
      nodes = best && best.n ? [best.el] : null;
    }
    const lines = nodes ? textLines(nodes) : [];
    if (nodes && lines.length) return { nodes, source: src, lines };
  }
  return null;
}

/**
 * The credit in an info line between the headline and the body ("2024-05-08 第A06版：广州 文/某报记者 X
 * 通讯员 Y", 羊城晚报's #list): the text from its first role word on. Only for pages whose markup names
 * no author; at most three lines are looked at, and only short ones.
 */
export function creditUnderTitle(lines: string[], title: string | null, bodyFirst: string | undefined): string | null {
  const at = title ? lines.indexOf(title) : -1;
  if (at < 0) return null;
  for (const line of lines.slice(at + 1, at + 4)) {
    if (line === bodyFirst) break;
    if (line.length > 100 || !hasRoleWord(line)) continue;
    const role = new RegExp(CREDIT_ROLE_RE.source, 'u').exec(line);
    if (role) return line.slice(role.index).trim();
  }
  return null;
}
