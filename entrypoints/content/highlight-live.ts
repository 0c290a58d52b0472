// Live highlights of the watched words on a newspaper page: the page's text goes to the
// background, which answers with whole-word ranges if highlighting is on; the popup's switch
// reaches the page as a validated highlight/set message from the extension itself.
import { browser, type Browser } from 'wxt/browser';
import { validateSetHighlight, type PageHighlightResponse } from '@/lib/protocol';
import { clearHighlights, collectTextNodes, drawHighlights } from './highlight-dom';

export interface PageHighlights {
  /**
   * Asks again when the page's text changed since the last drawing (an SPA showed another
   * article), or always with `force` (the switch was turned on).
   */
  refresh(force?: boolean): Promise<number>;
  clear(): void;
  stop(): void;
}

export function startPageHighlights(doc: Document): PageHighlights {
  let generation = 0;
  // Text the current drawing is for. Wrapping marks (the fallback) is itself a DOM change the
  // page watcher sees; it leaves the text as it was, so it does not cause another round.
  let drawnFor: string | null = null;
  const refresh = async (force = false) => {
    const text = (doc.body ?? doc.documentElement).textContent ?? '';
    if (!force && text === drawnFor) return 0;
    const mine = ++generation;
    drawnFor = text;
    const nodes = collectTextNodes(doc.body ?? doc.documentElement);
    if (!nodes.length) return 0;
    let res: PageHighlightResponse | undefined;
    try {
      res = (await browser.runtime.sendMessage({ type: 'page/highlight', texts: nodes.map((n) => n.data) })) as PageHighlightResponse;
    } catch {
      return 0; // background unavailable (extension reloaded): leave the page as it is
    }
    if (mine !== generation || !res?.ok) return 0;
    if (!res.enabled) {
      clearHighlights(doc);
      return 0;
    }
    return drawHighlights(doc, nodes, res.ranges);
  };
  const clear = () => {
    generation++;
    drawnFor = null;
    clearHighlights(doc);
  };
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only the extension's own pages (the popup, also when opened as a tab) send this.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    const v = validateSetHighlight(message);
    if (!v.ok) return;
    if (v.value.on) void refresh(true);
    else clear();
  };
  browser.runtime.onMessage.addListener(onMessage);
  return { refresh, clear, stop: () => browser.runtime.onMessage.removeListener(onMessage) };
}
