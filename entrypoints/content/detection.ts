import { isCandidatePage } from '@/lib/detect/candidate';
import { liveDomProbe } from '@/lib/detect/probe-live-dom';

// Imported from the modules themselves rather than lib/detect/index, whose family table the
// content script does not need: this check runs on every page of every enabled site.

/** The cheap prefilter: is this document worth serialising and sending to the background? */
export function isCandidate(url: string, doc: Document): boolean {
  return isCandidatePage(url, liveDomProbe(doc));
}
