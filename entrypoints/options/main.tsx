import { render } from 'preact';
import { OptionsScreen } from '@/components/options-screen';
import { useOptions } from './use-options';
import '@/components/ui.css';

function Options() {
  return <OptionsScreen {...useOptions()} />;
}

render(<Options />, document.getElementById('app')!);
