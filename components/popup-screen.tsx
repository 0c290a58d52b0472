import type { ArticleRecord } from '@/lib/store/types';
import type { SiteMode } from '@/lib/protocol';
import { ArticleList } from './article-list';
import { EmptyState } from './empty-state';
import { t } from './i18n';
import { TabStatusPanel, type TabView } from './tab-status-panel';

export interface PopupScreenProps {
  articles: ArticleRecord[] | null;
  tab: TabView;
  knownEnabled: boolean;
  busy: boolean;
  notice: string | null;
  actions: {
    openArticle: (id: string) => void;
    savePage: () => void;
    enableSite: () => void;
    enableKnown: () => void;
    setMode: (mode: SiteMode) => void;
  };
}

export function PopupScreen({ articles, tab, knownEnabled, busy, notice, actions }: PopupScreenProps) {
  return (
    <main class="popup">
      <h1>{t('popupHeading')}</h1>
      <TabStatusPanel tab={tab} busy={busy} notice={notice} onSave={actions.savePage} onEnableSite={actions.enableSite} onSetMode={actions.setMode} />
      <h2>{t('savedHeading')}</h2>
      {articles == null ? (
        <p class="loading">{t('readerLoading')}</p>
      ) : articles.length === 0 ? (
        <EmptyState onEnableKnown={knownEnabled ? undefined : actions.enableKnown} />
      ) : (
        <ArticleList articles={articles} onOpen={actions.openArticle} />
      )}
    </main>
  );
}
