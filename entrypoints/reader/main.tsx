import { render } from 'preact';
import { ReaderView } from '@/components/reader-view';
import { useReader } from './use-reader';
import '@/components/ui.css';

function Reader() {
  return <ReaderView parts={useReader()} />;
}

render(<Reader />, document.getElementById('app')!);
