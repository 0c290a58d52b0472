import { render } from 'preact';
import { AlertsDigest } from '@/components/alerts-digest';
import { useDigest } from './use-digest';
import '@/components/ui.css';
import '@/components/alerts.css';
import { uiLanguage } from '@/components/i18n';

function Digest() {
  return <AlertsDigest {...useDigest()} />;
}

// Screen readers and CJK font choice follow the UI language (中文 / English chosen in options).
document.documentElement.lang = uiLanguage();

render(<Digest />, document.getElementById('app')!);
