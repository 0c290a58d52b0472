import { render } from 'preact';
import { OptionsScreen } from '@/components/options-screen';
import { AlertsSettings } from './alerts-settings';
import { DictionarySettings } from './dictionary-settings';
import { PrivateSettings } from './private-settings';
import { useOptions } from './use-options';
import '@/components/ui.css';
import '@/components/search-panel.css';

function Options() {
  return (
    <>
      <OptionsScreen {...useOptions()} />
      <div class="options">
        <DictionarySettings />
        <AlertsSettings />
        <PrivateSettings />
      </div>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
