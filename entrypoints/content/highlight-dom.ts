// Drawing watched-word highlights on the newspaper page. The ranges come from the background
// (whole words by segmentation; the 4 MB jieba wasm never loads into the page). With the CSS
// Custom Highlight API the page's DOM is not touched at all; without it, matched stretches of
// Text nodes are wrapped in <mark> elements made with createElement (never innerHTML), and
// unwrapped again on clear.
import { TEXT_LIMITS, type RangeList } from '@/lib/protocol';

export const HIGHLIGHT_NAME = 'qubao-watched';
const MARK_ATTR = 'data-qubao-highlight';
const STYLE_ID = 'qubao-highlight-style';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'SVG', 'svg', 'MARK', 'IFRAME']);
const WORDY = /[\p{L}\p{N}]/u;

/** Text nodes worth searching, in document order, within the protocol's limits. */
export function collectTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const parent = text.parentElement;
    if (!parent || SKIP.has(parent.tagName) || parent.closest('script,style,noscript,textarea,template')) continue;
    if (!WORDY.test(text.data)) continue;
    if (out.length >= TEXT_LIMITS.texts || chars + text.data.length > TEXT_LIMITS.textChars) break;
    chars += text.data.length;
    out.push(text);
  }
  return out;
}

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window & typeof globalThis): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const registry = (win.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe08a; color: #000; } mark[${MARK_ATTR}] { background-color: #ffe08a; color: #000; padding: 0; }`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Draws the ranges (one list per node, as returned for collectTextNodes' texts). Returns how many were drawn. */
export function drawHighlights(doc: Document, nodes: Text[], ranges: RangeList[], opts: { forceFallback?: boolean } = {}): number {
  clearHighlights(doc);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const api = win && !opts.forceFallback ? highlightApi(win) : null;
  let count = 0;
  const domRanges: Range[] = [];
  nodes.forEach((node, i) => {
    const list = (ranges[i] ?? []).filter(([s, e]) => s >= 0 && e <= node.data.length && s < e).sort((a, b) => a[0] - b[0]);
    if (!list.length || !node.isConnected) return;
    if (api) {
      for (const [s, e] of list) {
        const r = doc.createRange();
        r.setStart(node, s);
        r.setEnd(node, e);
        domRanges.push(r);
      }
    } else wrapRanges(doc, node, list);
    count += list.length;
  });
  if (count) ensureStyle(doc);
  if (api && domRanges.length) api.registry.set(HIGHLIGHT_NAME, new api.Highlight(...domRanges));
  return count;
}

/** Wraps [s, e) stretches of one Text node in marks, last first so earlier offsets stay valid. */
function wrapRanges(doc: Document, node: Text, list: [number, number][]): void {
  let lastStart = Infinity;
  for (const [s, e] of [...list].reverse()) {
    if (e > lastStart) continue; // overlapping: keep the earlier one
    const matched = node.splitText(s);
    matched.splitText(e - s);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    matched.parentNode!.replaceChild(mark, matched);
    mark.appendChild(matched);
    lastStart = s;
  }
}

export function clearHighlights(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const api = win ? highlightApi(win) : null;
  api?.registry.delete(HIGHLIGHT_NAME);
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
