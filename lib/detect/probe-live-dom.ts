// DomProbe over a live Document, for the content script. Reads are bounded (text stops at
// maxChars) because it runs on every page of a granted site.
import type { DomProbe } from './types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'TEXTAREA', 'SELECT']);
const BLOCK = /^(P|DIV|BR|LI|TR|TD|TH|TABLE|H[1-6]|SECTION|ARTICLE|UL|OL|DL|DT|DD|BLOCKQUOTE|PRE|HR|FORM|CENTER)$/;

export function liveDomProbe(doc: Document): DomProbe {
  return {
    has(selector) {
      try {
        return doc.querySelector(selector) != null;
      } catch {
        return false; // a selector this browser cannot parse matches nothing
      }
    },
    text(maxChars) {
      const root = doc.body ?? doc.documentElement;
      if (!root) return '';
      let out = '';
      // Depth-first walk with block breaks, stopping early: innerText would force layout. A loop,
      // not recursion: a page (or a script after load) can nest elements 10,000 deep.
      const open: boolean[] = []; // for each element walked into: is it a block
      let n: Node | null = root.firstChild;
      while (n && out.length < maxChars) {
        if (n.nodeType === 3) out += (n.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' ');
        else if (n.nodeType === 1) {
          const tag = (n as Element).tagName.toUpperCase();
          if (!SKIP.has(tag)) {
            const block = BLOCK.test(tag);
            if (block) out += '\n';
            if (n.firstChild) {
              open.push(block);
              n = n.firstChild;
              continue;
            }
            if (block) out += '\n';
          }
        }
        // Leave the node: up through every parent it ends, closing their blocks, then on.
        while (n && !n.nextSibling) {
          n = open.length ? n.parentNode : null;
          if (n && open.pop()) out += '\n';
        }
        n = n?.nextSibling ?? null;
      }
      return out.replace(/[ \u3000\u00a0]*\n[\s\u3000\u00a0]*/g, '\n').trim().slice(0, maxChars);
    },
    comments() {
      // From the document node itself: the enpproperty trailer sits after </html>.
      const out: string[] = [];
      const it = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
      for (let n = it.nextNode(); n; n = it.nextNode()) out.push((n as Comment).data);
      return out;
    },
    title: () => (doc.title ?? '').trim(),
  };
}
