// The single registry of storage names: the IndexedDB database, its settings keys, the
// browser.storage keys and the extension pages' localStorage keys. Nothing else spells these strings.

export const DB_NAME = 'qubao';

/** Keys of the `settings` table. */
export const SETTINGS = {
  /** The welcome page was shown once after install. */
  onboardingShown: 'onboarding.shown',
  /** Save mode used for origins without their own entry in `siteModes`. */
  defaultSiteMode: 'site.defaultMode',
  /** Search index totals (document count, summed lengths) for BM25 (lib/store/search-store). */
  searchStats: 'search.stats',
  /** Words the user watches until topics exist (issue 6): string[]. */
  watchedTerms: 'text.watchedTerms',
  /** The user dictionary as edited in options (lib/text/dictionaries parseUserDictionary format). */
  userDictionary: 'text.userDictionary',
  /** Highlight watched words on newspaper pages: boolean, default on. */
  pageHighlight: 'text.pageHighlight',
  /** The reader loads an article's pictures from the newspaper's site without asking: boolean, default off. */
  readerLoadImages: 'reader.loadImages',
  /** Save pages read in private (incognito) windows: boolean, default off (lib/store/private-windows). */
  allowPrivateCapture: 'security.allowPrivateCapture',
  /** How often followed papers are checked and whether checks pause at night (lib/store/follows). */
  followPreferences: 'follow.settings',
  /** The build (schema version, native version, time) that last opened the database (lib/store/db-open-repair). */
  openedBy: 'durability.openedBy',
} as const;

/** localStorage keys of the extension origin (shared by its pages, read synchronously; the worker has none). */
export const PAGE_STORAGE = {
  /** The UI language chosen in options (components/i18n); absent: follow the browser. */
  language: 'qubao.language',
  /** The popup's last first page, drawn before the database answers (lib/store/library-snapshot). */
  libraryFirstPage: 'qubao.library.firstPage',
} as const;

/** browser.storage.session keys (per-tab state that must survive a service-worker restart, not a browser restart). */
export const SESSION = {
  tabStatus: (tabId: number) => `tabStatus:${tabId}`,
  tabStatusPrefix: 'tabStatus:',
  /** The parsed 版面 page shown in a tab, for "保存本版/保存整期". */
  tabLayout: (tabId: number) => `tabLayout:${tabId}`,
  /** Set by the worker when the database was written by a newer build (entrypoints/background/inbox-start.ts). */
  newerDatabase: 'durability.newerDatabase',
  /** The numbers the search catch-up last found its index counts agreeing at (lib/store/search-job IndexCountsSnapshot). */
  searchCountsAgreed: 'search.countsAgreed',
} as const;

/** Id of the runtime-registered content script. */
export const CONTENT_SCRIPT_ID = 'qubao-content';
