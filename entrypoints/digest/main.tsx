import { render } from 'preact';
import { AlertsDigest } from '@/components/alerts-digest';
import { useDigest } from './use-digest';
import '@/components/ui.css';
import '@/components/alerts.css';

function Digest() {
  return <AlertsDigest {...useDigest()} />;
}

render(<Digest />, document.getElementById('app')!);
