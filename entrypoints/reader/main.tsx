import { render } from 'preact';
import { ReaderView } from '@/components/reader-view';
import { HighlightText } from '@/components/highlight-text';
import { KeywordsPanel } from '@/components/keywords-panel';
import { TopicFromSelection } from '@/components/topic-from-selection';
import { watchWord } from './reader-watched-words';
import { useReader } from './use-reader';
import { useReaderText } from './use-reader-text';
import '@/components/ui.css';
import '@/components/alerts.css';

const readerBody = () => document.querySelector('[data-testid="reader-body"]');

function Reader() {
  const parts = useReader();
  const text = useReaderText(parts);
  const aside = <KeywordsPanel analysis={text.analysis} highlightOn={text.highlightOn} onToggleHighlight={text.actions.setHighlight} onPlace={text.actions.openPlace} />;
  const renderParagraph = (p: string, partId: string, j: number) => {
    const marks = text.marks.get(`${partId}:${j}`);
    return marks ? <HighlightText text={p} ranges={marks} /> : p;
  };
  return (
    <>
      <ReaderView parts={parts} aside={aside} renderParagraph={renderParagraph} />
      <TopicFromSelection onWatch={watchWord} within={readerBody} />
    </>
  );
}

render(<Reader />, document.getElementById('app')!);
