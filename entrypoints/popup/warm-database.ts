// A plain IndexedDB connection opened while popup-app.tsx (Dexie) is fetched and compiled, so the
// backend's open overlaps that load and Dexie's own open comes after it (app-early.ts).
import { DB_NAME } from '@/lib/store/keys';

/** How long the connection is kept: Dexie opens its own within a second or so. */
export const WARM_MS = 5000;

/**
 * Opens a connection to the database and closes it after WARM_MS. Never creates the database (an
 * aborted first upgrade leaves none: Dexie creates it with its schema) and gives way to any
 * upgrade (closed on versionchange). Errors are nobody's: Dexie opens and reports on its own.
 */
export function warmDatabase(name = DB_NAME, keepMs = WARM_MS): void {
  try {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      setTimeout(() => db.close(), keepMs);
    };
    req.onerror = (e) => e.preventDefault();
  } catch {
    // no IndexedDB here
  }
}
