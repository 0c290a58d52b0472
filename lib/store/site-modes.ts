import type { SiteMode } from '../protocol';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';

/** Save mode of an origin: its own entry, else the default setting, else "auto". */
export async function getSiteMode(db: QubaoDb, origin: string): Promise<SiteMode> {
  const own = await db.siteModes.get(origin);
  if (own) return own.mode;
  const def = await db.settings.get(SETTINGS.defaultSiteMode);
  return def?.value === 'ask' || def?.value === 'off' ? def.value : 'auto';
}

export async function setSiteMode(db: QubaoDb, origin: string, mode: SiteMode, now = Date.now()): Promise<void> {
  await db.siteModes.put({ origin, mode, updatedAt: now });
}

export async function getSetting<T>(db: QubaoDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(db: QubaoDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
