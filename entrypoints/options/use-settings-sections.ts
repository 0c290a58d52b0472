import { useCallback, useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { SiteMode } from '@/lib/protocol';
import { SETTINGS, getSetting, openQubaoDb, putSetting, setSiteMode } from '@/lib/store';
import type { SiteModesSectionProps, StorageSectionProps } from '@/components/options-screen-sections';
import { chosenLanguage, setChosenLanguage, type Language } from '@/components/i18n';

/** The per-site save modes and the default, live from the database (the background reads the same rows). */
export function useSiteModes(): SiteModesSectionProps {
  const db = openQubaoDb();
  const [modes, setModes] = useState<SiteModesSectionProps['modes']>(null);
  const [defaultMode, setDefaultMode] = useState<SiteMode>('auto');
  useEffect(() => {
    const sub = liveQuery(() => db.siteModes.orderBy('origin').toArray()).subscribe({ next: (rows) => setModes(rows.map(({ origin, mode }) => ({ origin, mode }))), error: () => setModes([]) });
    getSetting<SiteMode>(db, SETTINGS.defaultSiteMode).then((m) => setDefaultMode(m === 'ask' || m === 'off' ? m : 'auto'), () => undefined);
    return () => sub.unsubscribe();
  }, []);
  return {
    modes,
    defaultMode,
    onDefault: (mode) => {
      setDefaultMode(mode);
      void putSetting(db, SETTINGS.defaultSiteMode, mode);
    },
    onSet: (origin, mode) => void setSiteMode(db, origin, mode),
    onRemove: (origin) => void db.siteModes.delete(origin),
  };
}

/** navigator.storage: how much is used, how much the browser allows, and whether eviction is off. */
export function useStorageInfo(): StorageSectionProps {
  const [estimate, setEstimate] = useState<StorageSectionProps['estimate']>(undefined);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [persistDenied, setPersistDenied] = useState(false);
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.estimate) return setEstimate(null);
    storage.estimate().then((e) => setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0 }), () => setEstimate(null));
    storage.persisted?.().then(setPersisted, () => setPersisted(null));
  }, []);
  const onPersist = useCallback(() => {
    navigator.storage.persist().then((granted) => {
      setPersisted(granted);
      setPersistDenied(!granted);
    }, () => setPersistDenied(true));
  }, []);
  return { estimate, persisted, persistDenied, onPersist };
}

/** The language choice; a change reloads the page so every string follows it. */
export function useLanguage(): { value: Language | null; onChange: (lang: Language | null) => void } {
  return {
    value: chosenLanguage(),
    onChange: (lang) => {
      setChosenLanguage(lang);
      location.reload();
    },
  };
}
