import zhMessages from '../public/_locales/zh_CN/messages.json';
import enMessages from '../public/_locales/en/messages.json';
import { PAGE_STORAGE } from '../lib/store/keys';

// Extension strings go through browser.i18n (public/_locales, zh_CN default). The bundled
// Chinese table is the fallback when the API is missing or returns "" (unit tests, a key
// missing from a locale), so the UI never shows a blank.
// The language chosen in options (中文 / English) overrides the browser's on Qubao's own pages:
// it lives in the extension origin's localStorage, which every extension page shares and reads
// synchronously before the first paint (the service worker has none and keeps browser.i18n).

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const fallback = zhMessages as Record<string, Entry>;
const TABLES: Record<Language, Record<string, Entry>> = { zh_CN: fallback, en: enMessages as Record<string, Entry> };

export type MessageKey = keyof typeof zhMessages;
export type Language = 'zh_CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh_CN', 'en'];
/** localStorage key of the chosen language (absent: follow the browser). */
export const LANGUAGE_KEY = PAGE_STORAGE.language;

let chosen: Language | null | undefined;

/** The language chosen in options, or null to follow the browser. */
export function chosenLanguage(): Language | null {
  if (chosen === undefined) {
    try {
      const v = globalThis.localStorage?.getItem(LANGUAGE_KEY);
      chosen = v === 'zh_CN' || v === 'en' ? v : null;
    } catch {
      chosen = null; // no localStorage (service worker, storage disabled)
    }
  }
  return chosen;
}

/** Saves the choice for every Qubao page (they pick it up when next opened or reloaded). */
export function setChosenLanguage(lang: Language | null): void {
  chosen = lang;
  try {
    if (lang) globalThis.localStorage?.setItem(LANGUAGE_KEY, lang);
    else globalThis.localStorage?.removeItem(LANGUAGE_KEY);
  } catch {
    // not persisted; this page still uses it
  }
}

/** The language pages are shown in, for <html lang>. */
export function uiLanguage(): 'zh-CN' | 'en' {
  const lang = chosenLanguage();
  if (lang) return lang === 'en' ? 'en' : 'zh-CN';
  try {
    const ui = (globalThis as { browser?: { i18n?: { getUILanguage?: () => string } } }).browser?.i18n?.getUILanguage?.() ?? '';
    return ui.startsWith('zh') || !ui ? 'zh-CN' : 'en';
  } catch {
    return 'zh-CN';
  }
}

export function t(key: MessageKey, ...subs: string[]): string {
  const lang = chosenLanguage();
  if (lang) {
    const own = formatEntry(TABLES[lang][key], subs);
    if (own) return own;
  }
  try {
    const api = (globalThis as { browser?: { i18n?: { getMessage?: (k: string, s?: string[]) => string } } }).browser?.i18n;
    const fromBrowser = api?.getMessage?.(key, subs);
    if (fromBrowser) return fromBrowser;
  } catch {
    // fall through to the bundled table (fake browser in tests throws "not implemented")
  }
  return formatEntry(fallback[key], subs) || key;
}

/** Chrome's message format: $NAME$ → placeholder content, where $1…$9 are the substitutions. */
export function formatEntry(entry: Entry | undefined, subs: string[]): string {
  if (!entry) return '';
  const positional = (s: string) => s.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? positional(ph.content) : m;
  });
}
