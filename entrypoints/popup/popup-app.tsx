// The popup with its I/O (Dexie, the extension API): loaded by main.tsx with a dynamic import,
// so a popup with a library snapshot paints its rows before this and Dexie are even parsed.
import { render } from 'preact';
import { PopupView } from './popup-view';
import { useAlerts } from './use-alerts';
import { useFollow } from './use-follow';
import { preloadLibrary, useLibrary } from './use-library';
import { usePopup } from './use-popup';
import { useSearch } from './use-search';

function Popup() {
  const popup = usePopup();
  const library = useLibrary(popup.actions.openArticle);
  const search = useSearch(popup.tab.tabId);
  const alerts = useAlerts();
  const follow = useFollow(popup.tab);
  return <PopupView popup={popup} library={library} search={search} alerts={alerts} follow={follow} />;
}

/**
 * Reads the first page and mounts the popup (over the first frame main.tsx drew, if any: the
 * same components from the same states, swapped in one task). Without that frame the first
 * paint should still have rows: wait for the first page, but never long.
 */
export function startPopup(app: HTMLElement, painted: boolean): void {
  const firstPage = preloadLibrary();
  const mount = () => render(<Popup />, app);
  if (painted) mount();
  else void Promise.race([firstPage, new Promise((r) => setTimeout(r, 300))]).then(mount);
}
