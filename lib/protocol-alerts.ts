// Messages of topic alerts and followed papers (issue 6), from extension pages to the
// background, with their validator. Kept beside lib/protocol.ts (which the other message
// families share) so the two grow without touching each other; validated where they arrive.
import { TOPIC_LIMITS, type TopicProblem } from './alerts/topic';
import type { TopicInput } from './store/alert-types';
import type { ValidationResult } from './protocol';

/** Create (no id) or change (id) a topic. */
export interface SaveTopicRequest {
  type: 'topic/save';
  topic: TopicInput;
}
export interface DeleteTopicRequest {
  type: 'topic/delete';
  id: number;
}
export interface MuteTopicRequest {
  type: 'topic/mute';
  id: number;
  muted: boolean;
}
/** Mark these alerts read. */
export interface ReadAlertsRequest {
  type: 'alerts/read';
  ids: string[];
}
/** Mark every alert read, or every alert of one topic. */
export interface ReadAllAlertsRequest {
  type: 'alerts/read-all';
  topicId: number | null;
}
/** "关注此报" for the paper shown in a tab (the background learns its edition scheme). */
export interface FollowStartRequest {
  type: 'follow/start';
  tabId: number;
}
export interface FollowRemoveRequest {
  type: 'follow/remove';
  paperId: number;
}
export interface FollowPrefsRequest {
  type: 'follow/prefs';
  intervalHours: number;
  nightPause: boolean;
}
/** Check every followed paper now, whatever their schedule says. */
export interface FollowCheckNowRequest {
  type: 'follow/check-now';
}

export type AlertMessage =
  | SaveTopicRequest
  | DeleteTopicRequest
  | MuteTopicRequest
  | ReadAlertsRequest
  | ReadAllAlertsRequest
  | FollowStartRequest
  | FollowRemoveRequest
  | FollowPrefsRequest
  | FollowCheckNowRequest;

export const ALERT_MESSAGE_TYPES: readonly string[] = ['topic/save', 'topic/delete', 'topic/mute', 'alerts/read', 'alerts/read-all', 'follow/start', 'follow/remove', 'follow/prefs', 'follow/check-now'];

export type SaveTopicResponse = { ok: true; id: number } | { ok: false; error: string; problems?: TopicProblem[] };
export type FollowStartResponse = { ok: true; paperId: number; name: string } | { ok: false; error: string };

const ok = <T>(value: T): ValidationResult<T> => ({ ok: true, value });
const fail = <T>(error: string): ValidationResult<T> => ({ ok: false, error });
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x > 0;
const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function onlyKeys(msg: Record<string, unknown>, keys: string[]): string | null {
  const extra = Object.keys(msg).filter((k) => !keys.includes(k));
  return extra.length ? `unexpected field ${extra[0]}` : null;
}

/** A list of terms within the topic limits (lib/alerts validateTopic then checks their content). */
function terms(x: unknown, required: boolean): string[] | null {
  if (x === undefined && !required) return [];
  if (!Array.isArray(x) || x.length > TOPIC_LIMITS.termsPerList) return null;
  return x.every((t) => typeof t === 'string' && t.length <= TOPIC_LIMITS.termLength * 2) ? (x as string[]) : null;
}

function validateTopicInput(x: unknown): ValidationResult<TopicInput> {
  if (!isRecord(x)) return fail('topic must be an object');
  const extra = onlyKeys(x, ['id', 'name', 'anyOf', 'mustHave', 'exclude', 'scope', 'newspapers', 'mode', 'muted']);
  if (extra) return fail(extra);
  if (x.id !== undefined && !isId(x.id)) return fail('id must be a positive integer');
  if (typeof x.name !== 'string' || x.name.length > TOPIC_LIMITS.nameLength * 2) return fail('bad name');
  const anyOf = terms(x.anyOf, true);
  const mustHave = terms(x.mustHave, false);
  const exclude = terms(x.exclude, false);
  const newspapers = terms(x.newspapers, false);
  if (!anyOf || !mustHave || !exclude || !newspapers) return fail('term lists out of bounds');
  const scope = x.scope ?? 'both';
  if (scope !== 'headline' && scope !== 'body' && scope !== 'both') return fail('scope must be headline, body or both');
  const mode = x.mode ?? 'word';
  if (mode !== 'word' && mode !== 'substring') return fail('mode must be word or substring');
  if (x.muted !== undefined && typeof x.muted !== 'boolean') return fail('muted must be a boolean');
  return ok({ ...(x.id !== undefined ? { id: x.id as number } : {}), name: x.name, anyOf, mustHave, exclude, newspapers, scope, mode, ...(x.muted !== undefined ? { muted: x.muted as boolean } : {}) });
}

/** null when the message is not one of AlertMessage's types (another validator's business). */
export function validateAlertMessage(msg: unknown): ValidationResult<AlertMessage> | null {
  if (!isRecord(msg) || typeof msg.type !== 'string' || !ALERT_MESSAGE_TYPES.includes(msg.type)) return null;
  const keys = (...k: string[]) => onlyKeys(msg, ['type', ...k]);
  switch (msg.type) {
    case 'topic/save': {
      const extra = keys('topic');
      if (extra) return fail(extra);
      const topic = validateTopicInput(msg.topic);
      return topic.ok ? ok({ type: 'topic/save', topic: topic.value }) : topic;
    }
    case 'topic/delete': {
      const extra = keys('id');
      if (extra) return fail(extra);
      return isId(msg.id) ? ok({ type: 'topic/delete', id: msg.id }) : fail('id must be a positive integer');
    }
    case 'topic/mute': {
      const extra = keys('id', 'muted');
      if (extra) return fail(extra);
      if (!isId(msg.id) || typeof msg.muted !== 'boolean') return fail('id and muted required');
      return ok({ type: 'topic/mute', id: msg.id, muted: msg.muted });
    }
    case 'alerts/read': {
      const extra = keys('ids');
      if (extra) return fail(extra);
      const ids = msg.ids;
      if (!Array.isArray(ids) || ids.length > 1000 || !ids.every((i) => typeof i === 'string' && i.length > 0 && i.length <= 3000)) return fail('ids must be 1–1000 alert ids');
      return ok({ type: 'alerts/read', ids: ids as string[] });
    }
    case 'alerts/read-all': {
      const extra = keys('topicId');
      if (extra) return fail(extra);
      const topicId = msg.topicId ?? null;
      if (topicId !== null && !isId(topicId)) return fail('topicId must be a positive integer or null');
      return ok({ type: 'alerts/read-all', topicId });
    }
    case 'follow/start': {
      const extra = keys('tabId');
      if (extra) return fail(extra);
      return isTabId(msg.tabId) ? ok({ type: 'follow/start', tabId: msg.tabId }) : fail('tabId must be a non-negative integer');
    }
    case 'follow/remove': {
      const extra = keys('paperId');
      if (extra) return fail(extra);
      return isId(msg.paperId) ? ok({ type: 'follow/remove', paperId: msg.paperId }) : fail('paperId must be a positive integer');
    }
    case 'follow/prefs': {
      const extra = keys('intervalHours', 'nightPause');
      if (extra) return fail(extra);
      const h = msg.intervalHours;
      if (typeof h !== 'number' || !Number.isFinite(h) || h < 0.5 || h > 24) return fail('intervalHours must be 0.5–24');
      if (typeof msg.nightPause !== 'boolean') return fail('nightPause must be a boolean');
      return ok({ type: 'follow/prefs', intervalHours: h, nightPause: msg.nightPause });
    }
    default: {
      const extra = keys();
      return extra ? fail(extra) : ok({ type: 'follow/check-now' });
    }
  }
}
