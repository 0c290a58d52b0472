import { render } from 'preact';
import { OptionsScreen } from '@/components/options-screen';
import { BackupSection } from '@/components/options-screen-backup';
import { LanguageSection, SiteModesSection, StorageSection } from '@/components/options-screen-sections';
import { t, uiLanguage } from '@/components/i18n';
import { AlertsSettings } from './alerts-settings';
import { DictionarySettings } from './dictionary-settings';
import { PrivateSettings } from './private-settings';
import { PendingCapturesSection } from '@/components/options-pending-captures';
import { usePendingCaptures } from './use-pending-captures';
import { useBackup } from './use-backup';
import { useOptions } from './use-options';
import { useLanguage, useSiteModes, useStorageInfo } from './use-settings-sections';
import '@/components/ui.css';
import '@/components/search-panel.css';
import '@/components/options-screen.css';

/** Links to the sections, so a keyboard user reaches backup or language without tabbing through every topic. */
const SECTIONS: [string, Parameters<typeof t>[0]][] = [
  ['site-modes-heading', 'optionsSitesHeading'],
  ['topics', 'topicsHeading'],
  ['follow', 'followHeading'],
  ['storage-heading', 'optionsStorageHeading'],
  ['backup-heading', 'optionsBackupHeading'],
  ['language-heading', 'optionsLanguageHeading'],
];

function Options() {
  return (
    <main class="options">
      <OptionsScreen {...useOptions()} />
      <PendingCapturesSection {...usePendingCaptures()} />
      <nav aria-label={t('optionsNavLabel')} class="options-nav">
        {SECTIONS.map(([id, key]) => (
          <a key={id} href={`#${id}`}>
            {t(key)}
          </a>
        ))}
      </nav>
      <SiteModesSection {...useSiteModes()} />
      <DictionarySettings />
      <AlertsSettings />
      <PrivateSettings />
      <StorageSection {...useStorageInfo()} />
      <BackupSection {...useBackup()} />
      <LanguageSection {...useLanguage()} />
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
