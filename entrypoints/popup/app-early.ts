// main.tsx's first import, so the first of its modules to run: a popup that will find no library
// snapshot (snapshot-likely.ts: first open after an install, ?place= / ?tag= links from the
// reader) starts loading popup-app.tsx (Dexie, the hooks) here, before Preact, the components and
// the rest of main.tsx's chunk are evaluated. (An entry that imported nothing and chose between
// two dynamic imports was tried: it put a fetch between the page and the snapshot's first frame,
// 1.34x slower first row in an A/B at load 7-11.)
// Either way, the database connection is opened while that code loads (warmDatabase).
import { DB_NAME } from '@/lib/store/keys';
import { snapshotLikely } from './snapshot-likely';

/**
 * Opens a connection to the database and keeps it a few seconds: the IndexedDB backend does its
 * open while popup-app.tsx is fetched and compiled, and Dexie's own open comes after it. Never
 * creates the database (an aborted first upgrade leaves none: Dexie creates it with its schema)
 * and gives way to any upgrade (closed on versionchange).
 */
function warmDatabase(): void {
  try {
    const req = indexedDB.open(DB_NAME);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      setTimeout(() => db.close(), 5000);
    };
    req.onerror = (e) => e.preventDefault(); // aborted (no database yet) or failed: Dexie opens it anyway
  } catch {
    // no IndexedDB here: Dexie reports it
  }
}

let app: Promise<typeof import('./popup-app')> | null = null;

/** popup-app.tsx, loading from the first call (made here when no snapshot is likely). */
export function loadPopupApp(): Promise<typeof import('./popup-app')> {
  if (!app) {
    warmDatabase();
    app = import('./popup-app');
  }
  return app;
}

if (!snapshotLikely()) void loadPopupApp();
