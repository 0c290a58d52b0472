import type { ArticleKind, FamilyId, PageKind, PageLink } from '../parse/types';
import type { SiteMode } from '../protocol';

// Record shapes of the Dexie tables (lib/store/migrations/ has the indexes). Booleans are not
// indexable in IndexedDB, so flags used in queries are stored as 0/1 numbers.

export interface NewspaperRecord {
  id?: number;
  name: string;
  district: string | null;
  hosts: string[];
  /** 1 when the reader follows this paper (alerts, daily fetch). */
  followed: 0 | 1;
  /** Layout URL template with {yyyy} {mm} {dd} {page}, once learned; null until then. */
  editionUrlScheme: string | null;
}

export interface EditionRecord {
  /** paper|date */
  id: string;
  paperName: string;
  date: string;
  pageCount: number | null;
  pages: PageLink[];
  updatedAt: number;
}

export interface PageRecord {
  /** paper|date|page, or the canonical URL when those are unknown. */
  id: string;
  url: string;
  paperName: string | null;
  date: string | null;
  editionId: string | null;
  pageNumber: string | null;
  pageName: string | null;
  editors: string[];
  pdfUrl: string | null;
  articleLinks: { title: string; url: string | null }[];
  savedAt: number;
}

export type ParseStatus = 'ok' | 'failed';

export interface ArticleRecord {
  /** Deterministic key (lib/library/dedupe-key). */
  id: string;
  url: string;
  /** Page the article was captured from (differs from url for articles read off a layout page). */
  pageUrl: string;
  paperName: string | null;
  district: string | null;
  date: string | null;
  pageNumber: string | null;
  pageName: string | null;
  title: string;
  introTitle: string | null;
  subtitle: string | null;
  kind: ArticleKind;
  pageKind: PageKind;
  family: FamilyId | null;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  otherCredits: Record<string, string[]>;
  paragraphs: string[];
  images: { src: string; caption: string | null }[];
  continuedFrom: string | null;
  continuedTo: string | null;
  savedAt: number;
  updatedAt: number;
  read: 0 | 1;
  starred: 0 | 1;
  tags: string[];
  parseStatus: ParseStatus;
  parseError: string | null;
  /** Text of the whole page when parsing failed, so nothing is lost. */
  rawText: string | null;
  reasons: string[];
  /** Content fingerprint (lib/library/fingerprint); null when the body is too short or the parse failed. */
  fingerprint: string | null;
  /** Reserved for search (segmented words); filled by later work. */
  terms: string[];
  keywords: string[];
}

export interface TopicRecord {
  id?: number;
  name: string;
  words: string[];
  createdAt: number;
}

export interface AlertRecord {
  id?: number;
  topicId: number;
  articleId: string;
  createdAt: number;
  seen: 0 | 1;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobRecord {
  id?: number;
  kind: string;
  status: JobStatus;
  payload: unknown;
  createdAt: number;
  updatedAt: number;
  error: string | null;
}

/** Validators of a page fetched by a save job, for conditional requests next time. */
export interface FetchValidatorRecord {
  /** Canonical URL. */
  url: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface SiteModeRecord {
  origin: string;
  mode: SiteMode;
  updatedAt: number;
}
