import { useState } from 'preact/hooks';
import type { SiteMode } from '@/lib/protocol';
import { SITE_MODES } from '@/lib/protocol';
import { t, type Language, type MessageKey } from './i18n';

// Options sections that take data and actions as props (the hooks in entrypoints/options do
// the I/O): save mode per site, storage, language.

const MODE_LABEL: Record<SiteMode, MessageKey> = { auto: 'optionsModeAuto', ask: 'optionsModeAsk', off: 'optionsModeOff' };

function ModeSelect({ value, label, onChange, testId }: { value: SiteMode; label: string; onChange: (m: SiteMode) => void; testId: string }) {
  return (
    <select aria-label={label} data-testid={testId} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as SiteMode)}>
      {SITE_MODES.map((m) => (
        <option key={m} value={m}>
          {t(MODE_LABEL[m])}
        </option>
      ))}
    </select>
  );
}

/** An http(s) origin from what the user typed ("epaper.example.cn" is read as https). */
export function originOf(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export interface SiteModesSectionProps {
  modes: { origin: string; mode: SiteMode }[] | null;
  defaultMode: SiteMode;
  onDefault: (mode: SiteMode) => void;
  onSet: (origin: string, mode: SiteMode) => void;
  onRemove: (origin: string) => void;
}

export function SiteModesSection({ modes, defaultMode, onDefault, onSet, onRemove }: SiteModesSectionProps) {
  const [draft, setDraft] = useState('');
  const [draftMode, setDraftMode] = useState<SiteMode>('ask');
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const origin = originOf(draft);
    if (!origin) return setError(t('optionsSiteInvalid'));
    setError(null);
    setDraft('');
    onSet(origin, draftMode);
  };
  return (
    <section aria-labelledby="site-modes-heading" data-testid="site-modes">
      <h2 id="site-modes-heading">{t('optionsSitesHeading')}</h2>
      <p class="hint">{t('optionsSitesHint')}</p>
      {modes && modes.length === 0 && <p class="hint">{t('optionsNoSiteModes')}</p>}
      <ul class="site-modes">
        {(modes ?? []).map((m) => (
          <li key={m.origin} data-testid="site-mode-row">
            <code>{m.origin}</code> <ModeSelect value={m.mode} label={t('optionsModeFor', m.origin)} testId="site-mode-select" onChange={(mode) => onSet(m.origin, mode)} />{' '}
            <button type="button" aria-label={t('optionsSiteRemove', m.origin)} onClick={() => onRemove(m.origin)}>
              {t('removeSite')}
            </button>
          </li>
        ))}
        <li>
          <span>{t('optionsDefaultMode')}</span> <ModeSelect value={defaultMode} label={t('optionsModeFor', t('optionsDefaultMode'))} testId="default-mode-select" onChange={onDefault} />
        </li>
      </ul>
      <form class="site-add" onSubmit={add}>
        <input type="text" inputMode="url" data-testid="site-add-input" aria-label={t('optionsSiteOrigin')} placeholder={t('optionsSiteOrigin')} value={draft} aria-invalid={!!error} aria-describedby={error ? 'site-add-error' : undefined} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />{' '}
        <ModeSelect value={draftMode} label={t('optionsModeFor', draft || t('optionsSiteOrigin'))} testId="site-add-mode" onChange={setDraftMode} />{' '}
        <button type="submit" data-testid="site-add-button">
          {t('optionsSiteAdd')}
        </button>
        {error && (
          <p id="site-add-error" class="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** "1.2 MB": sizes for people, in binary units. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) (n /= 1024), i++;
  return `${i === 0 ? n : n.toFixed(n < 10 ? 1 : 0)} ${units[i]}`;
}

export interface StorageSectionProps {
  /** undefined while reading, null when the browser cannot tell. */
  estimate: { usage: number; quota: number } | null | undefined;
  persisted: boolean | null;
  persistDenied: boolean;
  onPersist: () => void;
}

export function StorageSection({ estimate, persisted, persistDenied, onPersist }: StorageSectionProps) {
  return (
    <section aria-labelledby="storage-heading" data-testid="storage">
      <h2 id="storage-heading">{t('optionsStorageHeading')}</h2>
      {estimate === null && <p>{t('optionsStorageUnknown')}</p>}
      {estimate && (
        <>
          <p data-testid="storage-usage">{t('optionsStorageUsage', formatBytes(estimate.usage), formatBytes(estimate.quota))}</p>
          <progress max={Math.max(estimate.quota, 1)} value={estimate.usage} aria-label={t('optionsStorageHeading')} />
        </>
      )}
      {persisted === true && <p data-testid="storage-persisted">{t('optionsPersisted')}</p>}
      {persisted === false && (
        <>
          <p data-testid="storage-persisted">{t('optionsNotPersisted')}</p>
          <button type="button" data-testid="persist-button" onClick={onPersist}>
            {t('optionsPersistButton')}
          </button>
          {persistDenied && (
            <p class="form-error" role="status">
              {t('optionsPersistDenied')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

export function LanguageSection({ value, onChange }: { value: Language | null; onChange: (lang: Language | null) => void }) {
  const choices: [Language | null, MessageKey][] = [
    [null, 'optionsLanguageAuto'],
    ['zh_CN', 'optionsLanguageZh'],
    ['en', 'optionsLanguageEn'],
  ];
  return (
    <section aria-labelledby="language-heading" data-testid="language">
      <h2 id="language-heading">{t('optionsLanguageHeading')}</h2>
      <fieldset class="choices">
        <legend class="hint">{t('optionsLanguageHint')}</legend>
        {choices.map(([lang, label]) => (
          <label key={String(lang)}>
            <input type="radio" name="language" data-testid={`language-${lang ?? 'auto'}`} checked={value === lang} onChange={() => onChange(lang)} /> {t(label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
