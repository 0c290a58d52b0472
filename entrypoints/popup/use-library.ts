import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { ExportFormat } from '@/lib/export';
import { openQubaoDb } from '@/lib/store';
import type { QubaoDb } from '@/lib/store/db';
import { readMarks, setRead, setStarred, setTags, type ArticleMarkRecord } from '@/lib/store/article-marks';
import type { LibraryEntry } from '@/lib/store/library-entries';
import { deleteArticles, restoreArticles, type DeletedArticles } from '@/lib/store/library-entries-delete';
import { isIndexOnly, NO_FILTER, type LibraryFilter } from '@/lib/store/library-entries-filter';
import { allLibraryEntryIds, countByScan, countGroup, countLibrary, LibraryPager } from '@/lib/store/library-entries-pager';
import { writeLibrarySnapshot } from '@/lib/store/library-snapshot';
import type { FilterOptions } from '@/components/library/library-filters';
import type { LibraryModel } from '@/components/library/library-model';
import { t } from '@/components/i18n';
import { initialFilter, NO_OPTIONS, sameFilter, takeSnapshot } from './first-paint';
import { copyCitations, download, exportArticlesOf, filterOptions } from './library-io';

export { readFirstPaintSnapshot } from './first-paint';

/** Enough rows to fill the popup; the rest come as the list scrolls. */
export const FIRST_PAGE = 24;
const MORE = 200;
/** After a change elsewhere the list is read again up to where it was, within reason. */
const RELOAD_CAP = 2000;
/** A filter no count answers is counted by a scan, this long after its first rows are shown. */
const SCAN_COUNT_DELAY_MS = 400;

interface FirstPage {
  filter: LibraryFilter;
  pager: LibraryPager;
  marks: Map<string, ArticleMarkRecord>;
}
let preloaded: { filter: LibraryFilter; page: Promise<FirstPage> } | null = null;
let ready: FirstPage | null = null;
async function readPage(db: QubaoDb, filter: LibraryFilter, keep: number): Promise<FirstPage> {
  const pager = await LibraryPager.open(db, filter);
  await pager.more(keep);
  return { filter, pager, marks: await readMarks(db, pager.entries.map((e) => e.id)) };
}

/**
 * Reads the first page (and its marks) before the first render: main.tsx waits for it, briefly,
 * so the popup's first paint already has rows instead of painting an empty shell, then running
 * effects, then reading. Resolves when the page is in (or failed: the hook reads it again).
 */
export function preloadLibrary(): Promise<void> {
  performance.mark('qubao:library-start');
  const filter = initialFilter();
  const db = openQubaoDb();
  const page = readPage(db, filter, FIRST_PAGE).then((p) => (performance.mark('qubao:library-read'), p));
  preloaded = { filter, page };
  return page.then((p) => void (ready = p), () => undefined);
}

/**
 * The first page read before the hooks mounted, without taking it (startPopup draws the first
 * frame from it; useLibrary then starts from the same page): rows, marks and `done` as read.
 */
export function readyFirstPage(): { entries: LibraryEntry[]; marks: Map<string, ArticleMarkRecord>; done: boolean } | null {
  return ready && { entries: [...ready.pager.entries], marks: ready.marks, done: ready.pager.done };
}

function takeReady(): FirstPage | null {
  const p = ready;
  ready = null;
  if (p) preloaded = null;
  return p;
}

function takePreloaded(f: LibraryFilter): Promise<FirstPage> | null {
  const p = preloaded;
  preloaded = null;
  ready = null; // taken here: a library mounted later (tab switch) must not start from it
  return p && sameFilter(p.filter, f) ? p.page : null;
}

/** All I/O of the library list: paging, marks, selection, delete with undo, export. */
export function useLibrary(openArticle: (id: string) => void): LibraryModel {
  const db = openQubaoDb();
  const [first] = useState(takeReady);
  const [snap] = useState(() => (first ? null : takeSnapshot()));
  const [filter, setFilterState] = useState<LibraryFilter>(() => first?.filter ?? initialFilter());
  const [entries, setEntries] = useState<LibraryEntry[] | null>(() => (first ? [...first.pager.entries] : (snap?.entries ?? null)));
  const [done, setDone] = useState(first?.pager.done ?? false);
  const [total, setTotal] = useState<number | null>(null);
  const [groupCounts, setGroupCounts] = useState<Map<string, number>>(new Map());
  const [marks, setMarks] = useState<Map<string, ArticleMarkRecord>>(() => first?.marks ?? snap?.marks ?? new Map());
  /** The rows shown are the snapshot's until the first read from the database replaces them (rows and marks, wholesale). */
  const fromSnapshot = useRef(snap != null);
  const [fresh, setFresh] = useState(snap == null);
  const [selected, setSelected] = useState<Map<string, string[]>>(new Map());
  const [toast, setToast] = useState<LibraryModel['toast']>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<FilterOptions>(NO_OPTIONS);
  const pager = useRef<LibraryPager | null>(first?.pager ?? null);
  const generation = useRef(0);
  const loading = useRef(false);
  const deleted = useRef<DeletedArticles | null>(null);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const fail = (e: unknown) => setNotice(t('libraryFailed', e instanceof Error ? e.message : String(e)));
  /** A failed read never leaves snapshot rows up as if they were the library. */
  const failLoad = (e: unknown) => {
    if (fromSnapshot.current) {
      fromSnapshot.current = false;
      setEntries(null);
      setMarks(new Map());
    }
    fail(e);
  };

  /**
   * The total for a filter, after its first rows are up: from the running counts (a few small
   * rows; never IndexedDB count(), which walks every entry and would hold up the next popup's
   * first read), or for filters no count answers by a chunked scan that stops when the filter
   * changes (`mine` is no longer the generation) or the popup closes.
   */
  const refreshTotal = (f: LibraryFilter, mine: number) => {
    const live = () => mine === generation.current;
    if (isIndexOnly(f)) return void countLibrary(db, f).then((n) => live() && setTotal(n), () => undefined);
    setTotal(null);
    setTimeout(() => live() && countByScan(db, f, live).then((n) => n != null && live() && setTotal(n), () => undefined), SCAN_COUNT_DELAY_MS);
  };

  const mergeMarks = async (ids: string[]) => {
    const m = await readMarks(db, ids);
    setMarks((old) => new Map([...old, ...m]));
  };

  /** Reads the list from the top for a filter; an older read still under way is dropped (latest wins). */
  const load = useCallback(async (f: LibraryFilter, keep = FIRST_PAGE) => {
    const mine = ++generation.current;
    const early = takePreloaded(f);
    const read = () => readPage(db, f, Math.min(keep, RELOAD_CAP));
    // A failed early read (closed connection, an upgrade under way) is read again, not shown.
    const page = early ? await early.catch(read) : await read();
    if (mine !== generation.current) return;
    pager.current = page.pager;
    setEntries([...page.pager.entries]);
    setDone(page.pager.done);
    const replace = fromSnapshot.current;
    fromSnapshot.current = false;
    setMarks((old) => (replace ? page.marks : new Map([...old, ...page.marks])));
    setFresh(true);
    refreshTotal(f, mine);
  }, []);

  const firstRun = useRef(true);
  useEffect(() => {
    setGroupCounts(new Map());
    const preread = firstRun.current && first != null;
    firstRun.current = false;
    // The page read before the first render is already shown: only its count is left.
    if (preread) refreshTotal(filter, 0);
    else load(filter).catch(failLoad);
  }, [filter]);

  // Rows read from the database on the view the snapshot is of: kept for the next popup's first paint.
  useEffect(() => {
    if (!fresh || !entries || !sameFilter(filter, NO_FILTER)) return;
    const timer = setTimeout(() => writeLibrarySnapshot(entries.slice(0, FIRST_PAGE), marks), 0);
    return () => clearTimeout(timer);
  }, [fresh, entries, marks, filter]);

  // The first rows from the database painted (the snapshot's replaced, or the first rows when
  // there was none): bench/popup.browser-bench.ts reports it beside the first row.
  const freshMarked = useRef(false);
  useEffect(() => {
    if (!fresh || !entries?.length || freshMarked.current) return;
    freshMarked.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark('qubao:library-fresh'), 0));
  }, [fresh, entries]);

  // Saved elsewhere (a save job, the background): read again up to where the list was. The
  // signal is the newest saved article's id, one key: a count() walks every row in IndexedDB,
  // and at 100k that walk would queue in front of the first page. Writes that change neither
  // (the indexer rewriting keywords) re-run only this one-key read. Deletes made here update
  // the list themselves.
  useEffect(() => {
    let seen: string | null | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = liveQuery(async () => ((await db.articles.orderBy('savedAt').reverse().limit(1).primaryKeys())[0] as string | undefined) ?? null).subscribe({
      next: (newest) => {
        const changed = seen !== undefined && newest !== seen;
        seen = newest;
        if (!changed) return;
        clearTimeout(timer);
        timer = setTimeout(() => load(filterRef.current, Math.max(FIRST_PAGE, pager.current?.entries.length ?? 0)).catch(failLoad), 300);
      },
      error: fail,
    });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, []);

  // Filter choices after the first rows are up, so they never delay them.
  const optionsRead = useRef(false);
  useEffect(() => {
    if (!entries || optionsRead.current) return;
    optionsRead.current = true;
    setTimeout(() => filterOptions(db, entries.map((e) => e.id)).then(setOptions, () => undefined), 0);
  }, [entries]);

  const loadMore = useCallback(() => {
    const p = pager.current;
    if (!p || p.done || loading.current) return;
    loading.current = true;
    const mine = generation.current;
    p.more(MORE)
      .then(async (added) => {
        if (mine !== generation.current) return;
        setEntries([...p.entries]);
        setDone(p.done);
        await mergeMarks(added.map((e) => e.id));
      })
      .catch(fail)
      .finally(() => (loading.current = false));
  }, []);

  const countGroups = useCallback((keys: string[]) => {
    const f = filterRef.current;
    const mine = generation.current;
    setGroupCounts((have) => {
      const missing = keys.filter((k) => !have.has(k));
      if (missing.length)
        Promise.all(missing.map((k) => countGroup(db, f, k))).then((ns) => {
          if (mine !== generation.current) return;
          setGroupCounts((old) => {
            const next = new Map(old);
            missing.forEach((k, i) => ns[i] != null && next.set(k, ns[i]!));
            return next.size === old.size ? old : next;
          });
        }, () => undefined);
      return have;
    });
  }, []);

  const partsOf = (ids: string[]): string[] => {
    const byId = new Map((pager.current?.entries ?? entries ?? []).map((e) => [e.id, e.parts.map((p) => p.id)]));
    return ids.flatMap((id) => selected.get(id) ?? byId.get(id) ?? [id]);
  };

  const withMarks = (ids: string[], write: () => Promise<void>) => write().then(() => mergeMarks(ids), fail);

  const actions: LibraryModel['actions'] = {
    setFilter: (change) => setFilterState((f) => ({ ...f, ...change })),
    clearFilter: () => setFilterState((f) => ({ ...NO_FILTER, groupBy: f.groupBy })),
    loadMore,
    countGroups,
    open: (id) => {
      openArticle(id);
      void withMarks([id], () => setRead(db, partsOf([id]), true));
    },
    star: (ids, on) => void withMarks(ids, () => setStarred(db, ids, on)),
    read: (ids, on) => void withMarks(ids, () => setRead(db, partsOf(ids), on)),
    setTags: (id, tags) =>
      void withMarks([id], async () => {
        await setTags(db, id, tags);
        setOptions((o) => ({ ...o, tags: [...new Set([...o.tags, ...tags])].sort() }));
      }),
    remove: (ids) => {
      if (!ids.length) return;
      const all = partsOf(ids);
      const beforeRead = fromSnapshot.current;
      deleteArticles(db, all).then((gone) => {
        deleted.current = gone;
        // Deleted from the snapshot's rows: the page being read may predate the delete, so read again.
        if (beforeRead) void load(filterRef.current).catch(failLoad);
        const drop = new Set(ids);
        if (pager.current) {
          const kept = pager.current.entries.filter((e) => !drop.has(e.id));
          pager.current.entries.splice(0, pager.current.entries.length, ...kept);
        }
        setEntries((list) => list && list.filter((e) => !drop.has(e.id)));
        setSelected((s) => new Map([...s].filter(([id]) => !drop.has(id))));
        setToast({ message: t('libraryDeleted', String(ids.length)), key: Date.now() });
        setGroupCounts(new Map());
        refreshTotal(filterRef.current, generation.current);
      }, fail);
    },
    undo: () => {
      const gone = deleted.current;
      deleted.current = null;
      setToast(null);
      if (gone) restoreArticles(db, gone).then(() => load(filterRef.current, Math.max(FIRST_PAGE, pager.current?.entries.length ?? 0) + gone.articles.length), fail);
    },
    dismissToast: () => {
      deleted.current = null;
      setToast(null);
    },
    select: (ids, on) =>
      setSelected((s) => {
        const next = new Map(s);
        const byId = new Map((pager.current?.entries ?? entries ?? []).map((e) => [e.id, e.parts.map((p) => p.id)]));
        for (const id of ids) on ? next.set(id, byId.get(id) ?? [id]) : next.delete(id);
        return next;
      }),
    selectAll: () => {
      setBusy(true);
      allLibraryEntryIds(db, filterRef.current).then(setSelected, fail).finally(() => setBusy(false));
    },
    clearSelection: () => setSelected(new Map()),
    exportSelected: (format: ExportFormat) => {
      setBusy(true);
      exportArticlesOf(db, selected)
        .then((list) => {
          download(format, list);
          setNotice(t('libraryExported', String(list.length)));
        }, fail)
        .finally(() => setBusy(false));
    },
    copyCitations: () => {
      exportArticlesOf(db, selected)
        .then(async (list) => {
          await copyCitations(list);
          setNotice(t('libraryCopied', String(list.length)));
        })
        .catch(fail);
    },
  };

  return { filter, options, entries, done, total, groupCounts, marks, selected: new Set(selected.keys()), toast, notice, busy, actions };
}
