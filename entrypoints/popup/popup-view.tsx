import { HighlightToggle } from '@/components/highlight-toggle';
import type { LibraryModel } from '@/components/library/library-model';
import { PopupScreen, type PopupScreenProps } from '@/components/popup-screen';
import { SearchPanel } from '@/components/search-panel';
import { PopupWithTabs } from './popup-with-tabs';
import type { AlertsView } from './use-alerts';
import type { FollowView } from './use-follow';
import type { PopupSearch } from './use-search';

export interface PopupViews {
  popup: Omit<PopupScreenProps, 'library' | 'search'>;
  library: LibraryModel;
  search: PopupSearch;
  alerts: AlertsView;
  follow: FollowView;
}

/**
 * The whole popup from its views: drawn by popup-app.tsx from the hooks, and before those are
 * loaded by main.tsx from their first states (first-paint-views.ts), with the same components.
 */
export function PopupView({ popup, library, search: s, alerts, follow }: PopupViews) {
  const panel = (
    <>
      <HighlightToggle on={s.highlightOn} onChange={s.actions.setHighlight} />
      <SearchPanel search={s.search} indexing={s.indexing} onQuery={s.actions.setQuery} onOpen={popup.actions.openArticle} onMore={s.actions.showMore} />
    </>
  );
  return (
    <PopupWithTabs alerts={alerts} follow={follow}>
      <PopupScreen {...popup} library={library} search={{ panel, replacesList: s.search.query.trim() !== '' }} />
    </PopupWithTabs>
  );
}
