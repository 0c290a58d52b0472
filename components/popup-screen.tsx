import type { ComponentChildren } from 'preact';
import type { SaveScope, SiteMode } from '@/lib/protocol';
import { EmptyState } from './empty-state';
import { LibraryView } from './library/library-view';
import type { LibraryModel } from './library/library-model';
import { t } from './i18n';
import { JobProgress, SaveLayoutButtons, type JobView } from './save-job-panel';
import { TabStatusPanel, type TabView } from './tab-status-panel';

export interface PopupScreenProps {
  /** The saved articles (paged, filtered, marked); absent while the hook is not mounted. */
  library?: LibraryModel;
  tab: TabView;
  knownEnabled: boolean;
  busy: boolean;
  notice: string | null;
  /** The save job to show (running, or the last one for this page); null for none. */
  job: JobView | null;
  /** The search box (and its results) above the list; while `replacesList`, the list is hidden. */
  search?: { panel: ComponentChildren; replacesList: boolean };
  actions: {
    openArticle: (id: string) => void;
    savePage: () => void;
    enableSite: () => void;
    enableKnown: () => void;
    setMode: (mode: SiteMode) => void;
    saveLayout: (scope: SaveScope) => void;
    cancelJob: (id: number) => void;
  };
}

export function PopupScreen({ library, tab, knownEnabled, busy, notice, job, search, actions }: PopupScreenProps) {
  const layout = tab.origin != null && tab.tabId != null ? (tab.status?.layout ?? null) : null;
  return (
    <main class="popup">
      <h1>{t('popupHeading')}</h1>
      <TabStatusPanel tab={tab} busy={busy} notice={notice} onSave={actions.savePage} onEnableSite={actions.enableSite} onSetMode={actions.setMode} />
      {layout && <SaveLayoutButtons layout={layout} busy={busy || job?.status === 'running'} onSave={actions.saveLayout} />}
      {job && <JobProgress job={job} onCancel={actions.cancelJob} />}
      <h2>{t('savedHeading')}</h2>
      {search?.panel}
      {search?.replacesList ? null : library == null ? (
        <p class="loading">{t('readerLoading')}</p>
      ) : (
        <LibraryView {...library} empty={<EmptyState onEnableKnown={knownEnabled ? undefined : actions.enableKnown} />} />
      )}
    </main>
  );
}
