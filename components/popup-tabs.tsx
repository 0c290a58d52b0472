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

/**
 * The popup's three tabs: 文章 (the library), 提醒 (alerts inbox), 关注 (followed papers). ARIA tabs
 * pattern: one tab stop (the active tab), ←/→/Home/End move and select, the panel names its tab.
 */
export function PopupTabs({ active, unread, onSelect, header, children }: PopupTabsProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.findIndex((x) => x.id === active);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1 + TABS.length, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = TABS[to % TABS.length]!.id;
    onSelect(next);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#popup-tab-${next}`)?.focus();
  };
  return (
    <div class="popup-tabs">
      {header}
      <nav class="tab-bar" role="tablist" onKeyDown={onKeyDown}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            id={`popup-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={active === id}
            aria-controls="popup-tabpanel"
            tabIndex={active === id ? 0 : -1}
            class={active === id ? 'tab active' : 'tab'}
            data-testid={`popup-tab-${id}`}
            onClick={() => onSelect(id)}
          >
            {t(label)}
            {id === 'alerts' && unread > 0 && (
              <span class="tab-count" data-testid="unread-count">
                {unread > 99 ? '99+' : unread}
              </span>
            )}
          </button>
        ))}
      </nav>
      <div role="tabpanel" id="popup-tabpanel" aria-labelledby={`popup-tab-${active}`}>
        {children}
      </div>
    </div>
  );
}
