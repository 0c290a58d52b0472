import type { FamilyId, PageKind } from '../parse/types';

/**
 * What detection may ask of a page. The content script backs it with the live DOM
 * (document.querySelector), the parser with the htmlparser2 tree (lib/parse/dom), so the
 * same rules run in both places.
 */
export interface DomProbe {
  /** Any element matches this CSS selector. */
  has(selector: string): boolean;
  /** Visible-ish text of the page, at most maxChars characters. */
  text(maxChars: number): string;
  /** Text of the page's HTML comments (enpproperty, enpcontent, npm:article-* markers). */
  comments(): string[];
  /** <title> text. */
  title(): string;
}

export interface DetectInput {
  url: string | null;
  /** Absent for plain text input (.txt pages): then only URL and text signals count. */
  probe: DomProbe | null;
  /** For text input: the text itself. */
  text?: string;
}

export interface Detection {
  kind: PageKind;
  confidence: number;
  reasons: string[];
  family: FamilyId | null;
}

/** One family's detection rule, declared as data where possible. */
export interface FamilyRule {
  id: FamilyId;
  /** Whether this rule claims the page (URL or DOM). Used to check every rule rejects other families' fixtures. */
  matches(input: DetectInput): boolean;
}
