// The popup's views as its hooks start (use-popup, use-library on a snapshot, use-search,
// use-alerts, use-follow), for the frame main.tsx draws before the hooks are loaded. Their
// actions are recorded and replayed on the hooks' own once popup-app.tsx mounts them
// (first-frame-actions.ts): that frame lasts a few tens of ms, and a click in it still counts.
import type { LibrarySnapshot } from '@/lib/store/library-snapshot';
import type { AlertsView } from './use-alerts';
import { recordedAction } from './first-frame-actions';
import { initialSearch, NO_TAB, snapshotLibrary } from './first-paint';
import type { PopupViews } from './popup-view';

/** Recorded actions named `names` of one view. */
function recorded<K extends string>(group: keyof PopupViews, names: readonly K[]): Record<K, (...args: unknown[]) => Promise<unknown>> {
  return Object.fromEntries(names.map((n) => [n, recordedAction(group, n)])) as Record<K, (...args: unknown[]) => Promise<unknown>>;
}

/** The first frame's views over the snapshot (or the first page read, `done` as read). */
export function firstPaintViews(snapshot: LibrarySnapshot, done = false): PopupViews {
  const alerts = recorded('alerts', ['open', 'markRead', 'markAllRead', 'mute', 'addTopic']);
  return {
    popup: {
      tab: NO_TAB,
      knownEnabled: true,
      busy: false,
      notice: null,
      job: null,
      actions: recorded('popup', ['openArticle', 'savePage', 'enableSite', 'enableKnown', 'setMode', 'saveLayout', 'cancelJob']),
    },
    library: snapshotLibrary(
      snapshot,
      recorded('library', ['setFilter', 'clearFilter', 'loadMore', 'countGroups', 'open', 'star', 'read', 'setTags', 'remove', 'undo', 'dismissToast', 'select', 'selectAll', 'clearSelection', 'exportSelected', 'copyCitations']),
      done,
    ),
    search: { search: initialSearch(), indexing: null, highlightOn: null, actions: recorded('search', ['setQuery', 'showMore', 'setHighlight']) },
    alerts: { groups: null, unread: 0, actions: { ...alerts, addTopic: alerts.addTopic as AlertsView['actions']['addTopic'] } },
    follow: { follows: null, offer: { detected: false, paperName: null, followed: false }, busy: false, notice: null, actions: recorded('follow', ['follow', 'unfollow']) },
  };
}
