// Whether this popup will draw from the library snapshot: a cheap check (no parse) made by the
// first module the popup runs (app-early.ts), before the rest of main.tsx's imports are evaluated.
import { PAGE_STORAGE } from '@/lib/store/keys';

/**
 * A snapshot is there and this popup opens on the view it was taken of (no ?place= / ?tag=, as
 * initialFilter in first-paint.ts reads them). It may still prove unreadable: then main.tsx
 * draws nothing and loads the app, as without one.
 */
export function snapshotLikely(): boolean {
  const q = new URLSearchParams(location.search);
  if (q.get('place') !== null || q.get('tag') !== null) return false;
  try {
    return localStorage.getItem(PAGE_STORAGE.libraryFirstPage) != null;
  } catch {
    return false; // storage disabled
  }
}
