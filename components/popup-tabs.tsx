import type { ComponentChildren } from 'preact';
import { t } from './i18n';

export type PopupTab = 'articles' | 'alerts' | 'follow';

export interface PopupTabsProps {
  active: PopupTab;
  /** Unread alerts, shown on the 提醒 tab. */
  unread: number;
  onSelect: (tab: PopupTab) => void;
  /** Above the tabs (the "关注此报" offer). */
  header?: ComponentChildren;
  children: ComponentChildren;
}

const TABS: { id: PopupTab; label: 'tabArticles' | 'tabAlerts' | 'tabFollow' }[] = [
  { id: 'articles', label: 'tabArticles' },
  { id: 'alerts', label: 'tabAlerts' },
  { id: 'follow', label: 'tabFollow' },
];

/** The popup's three tabs: 文章 (the library), 提醒 (alerts inbox), 关注 (followed papers). */
export function PopupTabs({ active, unread, onSelect, header, children }: PopupTabsProps) {
  return (
    <div class="popup-tabs">
      {header}
      <nav class="tab-bar" role="tablist">
        {TABS.map(({ id, label }) => (
          <button key={id} type="button" role="tab" aria-selected={active === id} class={active === id ? 'tab active' : 'tab'} data-testid={`popup-tab-${id}`} onClick={() => onSelect(id)}>
            {t(label)}
            {id === 'alerts' && unread > 0 && (
              <span class="tab-count" data-testid="unread-count">
                {unread > 99 ? '99+' : unread}
              </span>
            )}
          </button>
        ))}
      </nav>
      <div role="tabpanel">{children}</div>
    </div>
  );
}
