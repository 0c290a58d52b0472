import type { FollowPreferences } from '@/lib/store/follows';
import { t } from './i18n';

export interface FollowSettingsProps {
  prefs: FollowPreferences;
  onChange: (prefs: FollowPreferences) => void;
  onCheckNow: () => void;
}

const HOURS = [1, 2, 3, 4, 6, 8, 12, 24];

/** How often followed papers are checked, and whether the check sleeps at night (23:00–6:00). */
export function FollowSettings({ prefs, onChange, onCheckNow }: FollowSettingsProps) {
  const hours = HOURS.includes(prefs.intervalHours) ? HOURS : [...HOURS, prefs.intervalHours].sort((a, b) => a - b);
  return (
    <div class="follow-settings" data-testid="follow-settings">
      <label>
        {t('followInterval')}{' '}
        <select data-testid="follow-interval" value={String(prefs.intervalHours)} onChange={(e) => onChange({ ...prefs, intervalHours: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {hours.map((h) => (
            <option key={h} value={String(h)}>
              {t('followEveryHours', String(h))}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        <input type="checkbox" data-testid="follow-night-pause" checked={prefs.nightPause} onChange={(e) => onChange({ ...prefs, nightPause: (e.currentTarget as HTMLInputElement).checked })} /> {t('followNightPause')}
      </label>{' '}
      <button type="button" data-testid="follow-check-now" onClick={onCheckNow}>
        {t('followCheckNow')}
      </button>
    </div>
  );
}
