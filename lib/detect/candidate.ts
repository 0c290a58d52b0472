// The content script's cheap prefilter: URL shape or one combined querySelector. No text or
// comment scans here; pages that pass get the full detectPage.
import { CANDIDATE_SELECTOR } from './page-signals';
import type { DomProbe } from './types';
import { urlHints } from './url-rules';

export function isCandidatePage(url: string | null, probe: DomProbe | null): boolean {
  const hints = urlHints(url);
  if (hints.rules.length || hints.hostReason || hints.dirReason) return true;
  if (!probe) return false;
  try {
    return probe.has(CANDIDATE_SELECTOR);
  } catch {
    return false;
  }
}
