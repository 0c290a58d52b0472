import { LIMITS } from '@/lib/protocol';

/**
 * The whole document as HTML, including the doctype and the comments outside <html>: Founder
 * pages put their enpproperty trailer (date, page, paper name) after </html>, where
 * documentElement.outerHTML would lose it. Cut at the protocol's size limit.
 */
export function serializeDocument(doc: Document): string {
  const parts: string[] = [];
  for (const node of Array.from(doc.childNodes)) {
    if (node.nodeType === 10) {
      const dt = node as DocumentType;
      const pub = dt.publicId ? ` PUBLIC "${dt.publicId}"` : '';
      const sys = dt.systemId ? `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"` : '';
      parts.push(`<!DOCTYPE ${dt.name}${pub}${sys}>`);
    } else if (node.nodeType === 8) {
      parts.push(`<!--${(node as Comment).data}-->`);
    } else if (node.nodeType === 1) {
      parts.push((node as Element).outerHTML);
    }
  }
  const html = parts.join('\n');
  return html.length > LIMITS.htmlChars ? html.slice(0, LIMITS.htmlChars) : html;
}
