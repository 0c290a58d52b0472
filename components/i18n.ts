import zhMessages from '../public/_locales/zh_CN/messages.json';

// Extension strings go through browser.i18n (public/_locales, zh_CN default). The bundled
// Chinese table is the fallback when the API is missing or returns "" (unit tests, a key
// missing from a locale), so the UI never shows a blank.

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const fallback = zhMessages as Record<string, Entry>;

export type MessageKey = keyof typeof zhMessages;

export function t(key: MessageKey, ...subs: string[]): string {
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
