// The popup with its I/O (Dexie, the extension API): loaded with a dynamic import, at once
// without a snapshot (app-early.ts), or after main.tsx painted the snapshot (so those rows
// paint before this and Dexie are even parsed).
import { render } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { afterFrame } from './after-frame';
import { goLive } from './first-frame-actions';
import { firstPaintViews } from './first-paint-views';
import { hookUpPopupRoot, PopupRoot } from './popup-root';
import type { PopupViews } from './popup-view';
import { useAlerts } from './use-alerts';
import { useFollow } from './use-follow';
import { preloadLibrary, readyFirstPage, useLibrary } from './use-library';
import { usePopup } from './use-popup';
import { useSearch } from './use-search';

/** Every hook of the popup, called by PopupRoot once this module is loaded. */
function usePopupViews(): PopupViews {
  const popup = usePopup();
  const library = useLibrary(popup.actions.openArticle);
  const search = useSearch(popup.tab.tabId);
  const alerts = useAlerts();
  const follow = useFollow(popup.tab);
  const views = { popup, library, search, alerts, follow };
  // After each commit: what the first frame's controls recorded runs now (once, in order), later calls go straight to these.
  useLayoutEffect(() => goLive(views));
  return views;
}

/**
 * Reads the first page and hooks up the popup: over the first frame main.tsx drew, if any (the
 * same root component, now with its hooks, re-rendered in place). Without that frame the first
 * paint should still have rows: wait for the first page, but never long, and draw it as a first
 * frame too (the hooks' first states over the page read, no hook run), hooking up after that
 * frame is painted: mounting every hook is more work than that frame (read to painted row: 40-70
 * ms under load before, 20-40 ms now).
 */
export function startPopup(app: HTMLElement, painted: boolean): void {
  const firstPage = preloadLibrary();
  const mount = () => {
    hookUpPopupRoot(usePopupViews);
    render(<PopupRoot first={null} />, app);
  };
  if (painted) return mount();
  void Promise.race([firstPage, new Promise((r) => setTimeout(r, 300))]).then(() => {
    const page = readyFirstPage();
    if (!page?.entries.length) return mount();
    render(<PopupRoot first={firstPaintViews(page, page.done)} />, app);
    afterFrame(mount);
  });
}
