import { t } from './i18n';

export interface OptionsScreenProps {
  welcome: boolean;
  /** Granted host patterns (e.g. "*://epaper.example.cn/*"). */
  sites: string[];
  knownEnabled: boolean;
  allEnabled: boolean;
  notice: string | null;
  actions: {
    enableKnown: () => void;
    enableAll: () => void;
    removeSite: (pattern: string) => void;
  };
}

/** Settings and the first-run welcome: the place where host permissions are granted with one click. */
export function OptionsScreen({ welcome, sites, knownEnabled, allEnabled, notice, actions }: OptionsScreenProps) {
  return (
    <section class="options-permissions" aria-labelledby="options-title">
      <h1 id="options-title">{welcome ? t('welcomeHeading') : t('optionsTitle')}</h1>
      <p>{t('welcomeText')}</p>
      <div class="actions">
        {knownEnabled ? (
          <p class="done">{t('enabledDone')}</p>
        ) : (
          <button type="button" class="primary" data-testid="enable-known-button" onClick={actions.enableKnown}>
            {t('enableKnown')}
          </button>
        )}
      </div>
      {notice && <p class="notice" role="status">{notice}</p>}
      <h2>{t('enabledSites')}</h2>
      {sites.length === 0 ? (
        <p>{t('noSites')}</p>
      ) : (
        <ul class="sites">
          {sites.map((s) => (
            <li key={s}>
              <code>{s}</code>{' '}
              <button type="button" aria-label={t('optionsSiteRemove', s)} onClick={() => actions.removeSite(s)}>
                {t('removeSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('enableAll')}</h2>
      <p class="hint">{t('enableAllHint')}</p>
      {allEnabled ? (
        <p class="done">{t('allSitesEnabled')}</p>
      ) : (
        <button type="button" data-testid="enable-all-button" onClick={actions.enableAll}>
          {t('enableAll')}
        </button>
      )}
    </section>
  );
}
