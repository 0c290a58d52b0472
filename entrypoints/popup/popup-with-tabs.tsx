import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { AlertsInbox } from '@/components/alerts-inbox';
import { FollowList } from '@/components/follow-list';
import { FollowOffer } from '@/components/follow-offer';
import { PopupTabs, type PopupTab } from '@/components/popup-tabs';
import { TopicQuickForm } from '@/components/topic-quick-form';
import { t } from '@/components/i18n';
import type { AlertsView } from './use-alerts';
import type { FollowView } from './use-follow';
import '@/components/alerts.css';

function initialTab(): PopupTab {
  const v = new URLSearchParams(location.search).get('tab');
  return v === 'alerts' || v === 'follow' ? v : 'articles';
}

/** The popup's tabs around the existing library screen (`children`): 文章, 提醒, 关注 (their I/O: use-alerts, use-follow). */
export function PopupWithTabs({ alerts, follow, children }: { alerts: AlertsView; follow: FollowView; children: ComponentChildren }) {
  const [active, setActive] = useState<PopupTab>(initialTab);
  const header = <FollowOffer offer={follow.offer} busy={follow.busy} notice={follow.notice} onFollow={follow.actions.follow} />;
  return (
    <PopupTabs active={active} unread={alerts.unread} onSelect={setActive} header={header}>
      {active === 'articles' && children}
      {active === 'alerts' && (
        <section class="popup-section">
          <h2>{t('topicQuickHeading')}</h2>
          <TopicQuickForm onSave={alerts.actions.addTopic} />
          <h2>{t('alertsHeading')}</h2>
          <AlertsInbox groups={alerts.groups} onOpen={alerts.actions.open} onMarkRead={alerts.actions.markRead} onMarkAllRead={alerts.actions.markAllRead} onMute={alerts.actions.mute} />
          <p class="hint">
            <a href="/digest.html" target="_blank" data-testid="digest-link">
              {t('digestLink')}
            </a>
            {' · '}
            <a href="/options.html#topics" target="_blank">
              {t('topicsManage')}
            </a>
          </p>
        </section>
      )}
      {active === 'follow' && (
        <section class="popup-section">
          <FollowList follows={follow.follows} now={Date.now()} onUnfollow={follow.actions.unfollow} />
          <p class="hint">
            <a href="/options.html#follow" target="_blank">
              {t('followManage')}
            </a>
          </p>
        </section>
      )}
    </PopupTabs>
  );
}
