// DomProbe over the parser's htmlparser2 tree, so detection runs the same rules in the
// background and in Node as the content script runs on the live page.
import { comments, innerText, select, selectFirst, textLines, type Document } from '../parse/dom';
import type { DomProbe } from './types';

export function htmlProbe(doc: Document): DomProbe {
  let bodyText = '';
  let readUpTo = 0;
  let commentTexts: string[] | null = null;
  return {
    has: (selector) => selectFirst(doc, selector) != null,
    text(maxChars) {
      // Lines joined by newlines so text signals anchored at line starts keep working.
      // Only as much text as asked for: detection reads the head of the page, not 5 MB of it.
      if (maxChars > readUpTo) {
        bodyText = textLines(select(doc, 'body')[0] ?? doc, maxChars).join('\n');
        readUpTo = maxChars;
      }
      return bodyText.slice(0, maxChars);
    },
    comments: () => (commentTexts ??= comments(doc)),
    title: () => innerText(selectFirst(doc, 'title')?.children ?? null),
  };
}
