// The popup's views as its hooks start (use-popup, use-library on a snapshot, use-search,
// use-alerts, use-follow), for the frame main.tsx draws before the hooks are loaded. Their
// actions do nothing: that frame lasts until popup-app.tsx mounts the hooks, a few tens of ms.
import type { LibrarySnapshot } from '@/lib/store/library-snapshot';
import { initialSearch, NO_TAB, snapshotLibrary } from './first-paint';
import type { PopupViews } from './popup-view';

const nothing = () => undefined;

export function firstPaintViews(snapshot: LibrarySnapshot): PopupViews {
  return {
    popup: {
      tab: NO_TAB,
      knownEnabled: true,
      busy: false,
      notice: null,
      job: null,
      actions: { openArticle: nothing, savePage: nothing, enableSite: nothing, enableKnown: nothing, setMode: nothing, saveLayout: nothing, cancelJob: nothing },
    },
    library: snapshotLibrary(snapshot, {
      setFilter: nothing, clearFilter: nothing, loadMore: nothing, countGroups: nothing, open: nothing, star: nothing, read: nothing, setTags: nothing,
      remove: nothing, undo: nothing, dismissToast: nothing, select: nothing, selectAll: nothing, clearSelection: nothing, exportSelected: nothing, copyCitations: nothing,
    }),
    search: { search: initialSearch(), indexing: null, highlightOn: null, actions: { setQuery: nothing, showMore: nothing, setHighlight: nothing } },
    alerts: { groups: null, unread: 0, actions: { open: nothing, markRead: nothing, markAllRead: nothing, mute: nothing, addTopic: async () => null } },
    follow: { follows: null, offer: { detected: false, paperName: null, followed: false }, busy: false, notice: null, actions: { follow: nothing, unfollow: nothing } },
  };
}
