import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// SPA e-papers (fzsyun, bjrb mobile) swap the article in place: a hash change or a large DOM
// change means a new page to capture. Small mutations (clocks, ads, highlight marks) are ignored.

export const MUTATION_DEBOUNCE_MS = 1500;
export const HASH_DEBOUNCE_MS = 400;
/** Added text (characters) that counts as "the page changed". */
export const LARGE_MUTATION_CHARS = 400;

export function watchForNewPages(ctx: ContentScriptContext, doc: Document, onChange: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let addedChars = 0;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      addedChars = 0;
      if (!ctx.isInvalid) onChange();
    }, ms);
  };
  ctx.addEventListener(window, 'hashchange', () => schedule(HASH_DEBOUNCE_MS));
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) addedChars += n.textContent?.length ?? 0;
    if (addedChars >= LARGE_MUTATION_CHARS) schedule(MUTATION_DEBOUNCE_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
