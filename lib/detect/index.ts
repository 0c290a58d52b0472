// Page detection: is this an e-paper page, which kind (article / 版面 layout / page text) and
// which family. Used by the content script (live DOM probe) and the parser (htmlparser2 probe).
import type { FamilyId } from '../parse/types';
import { detectPage } from './detect-page';
import { FAMILY_EVIDENCE } from './families';
import type { DetectInput, FamilyRule } from './types';

export { detectPage, MIN_SCORE } from './detect-page';
export { isCandidatePage } from './candidate';
export { htmlProbe } from './probe-html';
export { liveDomProbe } from './probe-live-dom';
export { resolveFamily } from './families';
export type { DetectInput, Detection, DomProbe, FamilyRule } from './types';

/**
 * One rule per family. A rule claims a page when detection finds a newspaper page (or, for
 * paperindex, an entry stub) and that family is the most specific one whose evidence the page
 * shows, so no rule claims another family's pages.
 */
export const FAMILY_RULES: FamilyRule[] = [...new Set(FAMILY_EVIDENCE.map((f) => f.id))].map((id: FamilyId) => ({
  id,
  matches: (input: DetectInput) => detectPage(input).family === id,
}));
