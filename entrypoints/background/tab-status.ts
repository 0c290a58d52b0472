import { browser } from 'wxt/browser';
import type { TabStatus } from '@/lib/protocol';
import { SESSION } from '@/lib/store/keys';
import { t } from '@/components/i18n';

// Per-tab state lives in storage.session: it survives the service worker being stopped between
// events (Chrome) but not a browser restart, like the tabs it describes.

export async function readTabStatus(tabId: number): Promise<TabStatus | null> {
  const key = SESSION.tabStatus(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as TabStatus | undefined) ?? null;
}

export async function writeTabStatus(tabId: number, status: TabStatus): Promise<void> {
  await browser.storage.session.set({ [SESSION.tabStatus(tabId)]: status });
  await showBadge(tabId, status);
}

export async function clearTabStatus(tabId: number): Promise<void> {
  await browser.storage.session.remove([SESSION.tabStatus(tabId), SESSION.tabLayout(tabId)]);
  await showBadge(tabId, null);
}

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

/** Badge for a tab: saved "✓"/count, 版面 "版", detected article awaiting save "文", kept-as-raw "!", nothing "". */
export function badgeFor(status: TabStatus | null): BadgeLook {
  const plain = t('actionTitle');
  if (!status) return { text: '', color: '#b71c1c', title: plain };
  if (status.error) return { text: '!', color: '#e65100', title: t('badgeFailed', status.error.slice(0, 120)) };
  if (status.savedCount > 0) {
    const text = status.savedCount > 1 ? String(Math.min(status.savedCount, 99)) : '✓';
    return { text, color: '#2e7d32', title: t('badgeSaved', String(status.savedCount)) };
  }
  if (status.kind === 'layout') return { text: '版', color: '#1565c0', title: t(status.layoutSaved ? 'badgeLayoutSaved' : 'badgeLayout') };
  if (status.kind === 'article' || status.kind === 'page-text') return { text: '文', color: '#b71c1c', title: t('badgeAwaiting') };
  return { text: '', color: '#b71c1c', title: plain };
}

async function showBadge(tabId: number, status: TabStatus | null): Promise<void> {
  const look = badgeFor(status);
  try {
    // No text of its own: null lets the global badge (unread alerts, alerts-notify.ts) show.
    await browser.action.setBadgeText({ tabId, text: look.text || null } as { tabId: number; text: string });
    await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
    await browser.action.setTitle({ tabId, title: look.title });
  } catch {
    // the tab closed while we were parsing; nothing to show
  }
}
