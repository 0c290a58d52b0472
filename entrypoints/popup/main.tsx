import { render } from 'preact';
import { PopupScreen } from '@/components/popup-screen';
import { SearchPanel } from '@/components/search-panel';
import { HighlightToggle } from '@/components/highlight-toggle';
import { PopupWithTabs } from './popup-with-tabs';
import { preloadLibrary, useLibrary } from './use-library';
import { usePopup } from './use-popup';
import { useSearch } from './use-search';
import '@/components/ui.css';
import { uiLanguage } from '@/components/i18n';

function Popup() {
  const popup = usePopup();
  const library = useLibrary(popup.actions.openArticle);
  const s = useSearch(popup.tab.tabId);
  const panel = (
    <>
      <HighlightToggle on={s.highlightOn} onChange={s.actions.setHighlight} />
      <SearchPanel search={s.search} indexing={s.indexing} onQuery={s.actions.setQuery} onOpen={popup.actions.openArticle} onMore={s.actions.showMore} />
    </>
  );
  return (
    <PopupWithTabs tab={popup.tab}>
      <PopupScreen {...popup} library={library} search={{ panel, replacesList: s.search.query.trim() !== '' }} />
    </PopupWithTabs>
  );
}

// Screen readers and CJK font choice follow the UI language (中文 / English chosen in options).
document.documentElement.lang = uiLanguage();

// The first paint should already have rows: wait for the first page, but never long.
void Promise.race([preloadLibrary(), new Promise((r) => setTimeout(r, 300))]).then(() => render(<Popup />, document.getElementById('app')!));
