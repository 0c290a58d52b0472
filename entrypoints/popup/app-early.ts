// main.tsx's first import, so the first of its modules to run: a popup that will find no library
// snapshot (snapshot-likely.ts: first open after an install, ?place= / ?tag= links from the
// reader) starts loading popup-app.tsx (Dexie, the hooks) here, before Preact, the components and
// the rest of main.tsx's chunk are evaluated. (An entry that imported nothing and chose between
// two dynamic imports was tried: it put a fetch between the page and the snapshot's first frame,
// 1.34x slower first row in an A/B at load 7-11.)
// Either way, a database connection is opened while that code loads (warm-database.ts).
import { snapshotLikely } from './snapshot-likely';
import { warmDatabase } from './warm-database';

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
