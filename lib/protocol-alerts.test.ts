import { describe, expect, it } from 'vitest';
import { validateAlertMessage } from './protocol-alerts';

describe('validateAlertMessage', () => {
  it('leaves other message families alone', () => {
    expect(validateAlertMessage({ type: 'tab/status', tabId: 1 })).toBeNull();
    expect(validateAlertMessage('topic/save')).toBeNull();
  });

  it('accepts a topic with defaults filled in and refuses extra fields and bad shapes', () => {
    const v = validateAlertMessage({ type: 'topic/save', topic: { name: '山阳', anyOf: ['山阳镇'] } });
    expect(v).toEqual({ ok: true, value: { type: 'topic/save', topic: { name: '山阳', anyOf: ['山阳镇'], mustHave: [], exclude: [], newspapers: [], scope: 'both', mode: 'word' } } });
    expect(validateAlertMessage({ type: 'topic/save', topic: { name: '山阳', anyOf: ['山阳镇'], html: '<b>' } })?.ok).toBe(false);
    expect(validateAlertMessage({ type: 'topic/save', topic: { name: '山阳', anyOf: '山阳镇' } })?.ok).toBe(false);
    expect(validateAlertMessage({ type: 'topic/save', topic: { name: '山阳', anyOf: ['a'], scope: 'title' } })?.ok).toBe(false);
    expect(validateAlertMessage({ type: 'topic/save', topic: { name: '山阳', anyOf: Array(51).fill('词') } })?.ok).toBe(false);
    expect(validateAlertMessage({ type: 'topic/save', topic: { id: -1, name: '山阳', anyOf: ['词'] } })?.ok).toBe(false);
    expect(validateAlertMessage({ type: 'topic/save', topic: { name: '山阳', anyOf: ['词'] }, extra: 1 })?.ok).toBe(false);
  });

  it('checks ids, read lists and follow preferences', () => {
    expect(validateAlertMessage({ type: 'topic/mute', id: 3, muted: true })?.ok).toBe(true);
    expect(validateAlertMessage({ type: 'topic/delete', id: 0 })?.ok).toBe(false);
    expect(validateAlertMessage({ type: 'alerts/read', ids: ['a', 5] })?.ok).toBe(false);
    expect(validateAlertMessage({ type: 'alerts/read-all' })).toEqual({ ok: true, value: { type: 'alerts/read-all', topicId: null } });
    expect(validateAlertMessage({ type: 'follow/start', tabId: 4 })?.ok).toBe(true);
    expect(validateAlertMessage({ type: 'follow/prefs', intervalHours: 0.1, nightPause: true })?.ok).toBe(false);
    expect(validateAlertMessage({ type: 'follow/prefs', intervalHours: 3, nightPause: false })?.ok).toBe(true);
    expect(validateAlertMessage({ type: 'follow/check-now', now: 1 })?.ok).toBe(false);
  });
});
