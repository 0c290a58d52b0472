// Followed papers (migration 006 `follows`) and the settings of their scheduled check. The
// newspapers row keeps `followed` and `editionUrlScheme` in step, as its type documents.
import { DEFAULT_FOLLOW_SETTINGS, initialFollowState, type FollowSettings, type FollowState } from '../crawl/follow-check';
import { schemeToStored, type EditionScheme } from '../crawl/edition-scheme';
import type { SaveState } from '../crawl/save-issue';
import type { FollowRecord } from './alert-types';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';

export const FOLLOW_SETTINGS_KEY = SETTINGS.followPreferences;

/** Follows `name` (creating its newspapers row if needed); following again keeps the check state. */
export async function followPaper(db: QubaoDb, name: string, scheme: EditionScheme, now = Date.now()): Promise<FollowRecord> {
  const origin = new URL(scheme.template.replace(/\{(yyyy|mm|dd)\}/g, '0')).origin;
  return db.transaction('rw', db.newspapers, db.follows, async () => {
    const host = new URL(origin).hostname;
    const paper = await db.newspapers.where('name').equals(name).first();
    const paperId = paper?.id ?? ((await db.newspapers.add({ name, district: null, hosts: [host], followed: 1, editionUrlScheme: null })) as number);
    await db.newspapers.update(paperId, { followed: 1, editionUrlScheme: schemeToStored(scheme) });
    const old = await db.follows.get(paperId);
    const state: FollowState = old?.state ?? initialFollowState(now);
    const rec: FollowRecord = { paperId, name, scheme: schemeToStored(scheme), origin, state, nextCheckAt: state.nextCheckAt, saveJob: old?.saveJob ?? null, createdAt: old?.createdAt ?? now };
    await db.follows.put(rec);
    return rec;
  });
}

export async function unfollowPaper(db: QubaoDb, paperId: number): Promise<void> {
  await db.transaction('rw', db.newspapers, db.follows, async () => {
    await db.follows.delete(paperId);
    await db.newspapers.update(paperId, { followed: 0 });
  });
}

export function listFollows(db: QubaoDb): Promise<FollowRecord[]> {
  return db.follows.orderBy('nextCheckAt').toArray();
}

export function getFollow(db: QubaoDb, paperId: number): Promise<FollowRecord | undefined> {
  return db.follows.get(paperId);
}

/** Writes a check's state; a no-op when the paper was unfollowed meanwhile. */
export async function putFollowState(db: QubaoDb, paperId: number, state: FollowState): Promise<void> {
  await db.follows.update(paperId, { state, nextCheckAt: state.check ? 0 : state.nextCheckAt });
}

export async function putFollowSaveJob(db: QubaoDb, paperId: number, job: SaveState | null): Promise<void> {
  await db.follows.update(paperId, { saveJob: job });
}

export interface FollowPreferences {
  /** Hours between checks (0.5–24). */
  intervalHours: number;
  nightPause: boolean;
}

export const DEFAULT_FOLLOW_PREFERENCES: FollowPreferences = { intervalHours: DEFAULT_FOLLOW_SETTINGS.intervalMs / 3600_000, nightPause: DEFAULT_FOLLOW_SETTINGS.nightPause };

/** The stored preferences, checked (any extension page can write the settings table). */
export async function getFollowPreferences(db: QubaoDb): Promise<FollowPreferences> {
  const v = (await db.settings.get(FOLLOW_SETTINGS_KEY))?.value as Partial<FollowPreferences> | undefined;
  const hours = typeof v?.intervalHours === 'number' && v.intervalHours >= 0.5 && v.intervalHours <= 24 ? v.intervalHours : DEFAULT_FOLLOW_PREFERENCES.intervalHours;
  return { intervalHours: hours, nightPause: typeof v?.nightPause === 'boolean' ? v.nightPause : DEFAULT_FOLLOW_PREFERENCES.nightPause };
}

export async function setFollowPreferences(db: QubaoDb, prefs: FollowPreferences): Promise<void> {
  await db.settings.put({ key: FOLLOW_SETTINGS_KEY, value: { intervalHours: prefs.intervalHours, nightPause: prefs.nightPause } });
}

/** lib/crawl settings from the user's preferences. */
export function followSettings(prefs: FollowPreferences): FollowSettings {
  return { ...DEFAULT_FOLLOW_SETTINGS, intervalMs: Math.round(prefs.intervalHours * 3600_000), nightPause: prefs.nightPause };
}
