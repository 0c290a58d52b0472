import type { Alert } from '../alerts/alerts';
import type { FollowState } from '../crawl/follow-check';
import type { SaveState } from '../crawl/save-issue';
import type { Topic, TopicMatchMode, TopicScope } from '../alerts/topic';

// Record shapes of the topic, alert and follow tables (migration 006).

/** A topic as stored: lib/alerts Topic with a numeric id, `muted` as 0/1 (indexable). */
export interface WatchTopicRecord {
  id?: number;
  name: string;
  anyOf: string[];
  mustHave: string[];
  exclude: string[];
  scope: TopicScope;
  newspapers: string[];
  mode: TopicMatchMode;
  muted: 0 | 1;
  createdAt: number;
}

/** What an extension page sends to create (no id) or change (id) a topic. */
export type TopicInput = Omit<Topic, 'id' | 'muted'> & { id?: number; muted?: boolean };

/** lib/alerts Alert as stored (its id is alertId(topicId, articleId)). */
export type TopicAlertRecord = Alert;

/** An alert whose notification was claimed (migration 010): only the claimer shows it. */
export interface AlertNoticeRecord {
  /** The alert id (topicAlerts). */
  id: string;
  /** When it was claimed, right before notifications.create. */
  notifiedAt: number;
  /** The notification it was claimed into (the alert's own id, or a group's); absent in claims before delivery was tracked. */
  noticeId?: string;
  /** A group's first alert (whose row lists `members`); absent for a single alert. */
  lead?: string;
  /** On a group's first alert: every alert of the group, so the same notification can be made again. */
  members?: string[];
  /** When notifications.create resolved; a claim with a noticeId and no shownAt was never confirmed shown. */
  shownAt?: number;
}

export interface FollowRecord {
  /** The newspapers row of the paper. */
  paperId: number;
  name: string;
  /** lib/crawl EditionScheme as stored (schemeToStored). */
  scheme: string;
  /** Origin of the paper's pages, for the permission check and the options page. */
  origin: string;
  state: FollowState;
  /** Mirror of state.nextCheckAt, indexed. */
  nextCheckAt: number;
  /** The check's unfinished issue save, if it was interrupted. */
  saveJob: SaveState | null;
  createdAt: number;
}
