// Time for the follow schedule: local dates and the night pause, in the user's zone (or a
// given UTC offset, so tests and users abroad reading mainland papers get the same answers).

export interface FollowSettings {
  intervalMs: number;
  nightPause: boolean;
  /** Local hours; the pause runs from nightStartHour to nightEndHour across midnight. */
  nightStartHour: number;
  nightEndHour: number;
  /** How many days back to look for the newest issue (weekly district papers need 7). */
  maxProbeDays: number;
  errorBackoffBaseMs: number;
  errorBackoffMaxMs: number;
  /** Minutes to add to UTC for local time (China: 480); default: this machine's zone. */
  utcOffsetMinutes?: number;
}

export const DEFAULT_FOLLOW_SETTINGS: FollowSettings = {
  intervalMs: 2 * 3600_000,
  nightPause: true,
  nightStartHour: 23,
  nightEndHour: 6,
  maxProbeDays: 8,
  errorBackoffBaseMs: 30 * 60_000,
  errorBackoffMaxMs: 24 * 3600_000,
};

const DAY = 86_400_000;

function offsetMs(now: number, s: FollowSettings): number {
  return (s.utcOffsetMinutes ?? -new Date(now).getTimezoneOffset()) * 60_000;
}

/** Local calendar date (ISO) of `now`. */
export function localDate(now: number, s: FollowSettings = DEFAULT_FOLLOW_SETTINGS): string {
  return new Date(now + offsetMs(now, s)).toISOString().slice(0, 10);
}

/** When the night pause that covers `t` ends, or null when `t` is not in it. */
export function nightEnd(t: number, s: FollowSettings = DEFAULT_FOLLOW_SETTINGS): number | null {
  if (!s.nightPause || s.nightStartHour === s.nightEndHour) return null;
  const local = t + offsetMs(t, s);
  const hour = Math.floor((((local % DAY) + DAY) % DAY) / 3600_000);
  const wraps = s.nightStartHour > s.nightEndHour;
  const inNight = wraps ? hour >= s.nightStartHour || hour < s.nightEndHour : hour >= s.nightStartHour && hour < s.nightEndHour;
  if (!inNight) return null;
  const dayStart = local - (((local % DAY) + DAY) % DAY);
  let end = dayStart + s.nightEndHour * 3600_000;
  if (end <= local) end += DAY;
  return end - offsetMs(t, s);
}

/** `t`, moved out of the night pause. */
export function outOfNight(t: number, s: FollowSettings): number {
  return nightEnd(t, s) ?? t;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
