import { browser } from 'wxt/browser';
import type { PageCapturedMessage } from '@/lib/protocol';
import { isCandidate } from './detection';
import { startPageHighlights } from './highlight-live';
import { serializeDocument } from './serialize';
import { watchForNewPages } from './watch';

// Registered at run time for the origins the user enabled (background/content-scripts.ts), and
// injected by the popup's "保存本页". On pages that are not e-papers it stops after one cheap
// check. It listens to nothing the page sends.
export default defineContentScript({
  registration: 'runtime',
  // Unused for runtime registration except by WXT's manifest step; wxt.config.ts moves it out of
  // the required host permissions.
  matches: ['*://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // WXT's context would otherwise announce itself to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const manual = takeManualFlag();
    if (!manual && !isCandidate(location.href, document)) return;
    let last = '';
    const capture = () => {
      const msg: PageCapturedMessage = { type: 'page/captured', url: location.href, html: serializeDocument(document), title: document.title.slice(0, 2000) };
      const fingerprint = `${msg.url}|${msg.html.length}|${msg.html.slice(-2000)}`;
      if (fingerprint === last) return;
      last = fingerprint;
      browser.runtime.sendMessage(msg).catch(() => {
        // extension reloaded or background unavailable; the next change tries again
        last = '';
      });
    };
    capture();
    // Watched words on the page (drawn from ranges the background finds; off by the popup's switch).
    const highlights = startPageHighlights(document);
    ctx.onInvalidated(highlights.stop);
    void highlights.refresh();
    watchForNewPages(ctx, document, () => {
      if (isCandidate(location.href, document)) capture();
      void highlights.refresh();
    });
  },
});

/** Set by the background just before a manual injection (manual-save.ts); read once. */
function takeManualFlag(): boolean {
  const g = globalThis as Record<string, unknown>;
  const flag = g.__qubaoManualCapture === true;
  delete g.__qubaoManualCapture;
  return flag;
}
