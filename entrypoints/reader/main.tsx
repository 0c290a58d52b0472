import { render } from 'preact';
import { ReaderView } from '@/components/reader-view';
import { ReaderImages } from '@/components/reader-view-images';
import { SamePageNav } from '@/components/reader-view-nav';
import { HighlightText } from '@/components/highlight-text';
import { KeywordsPanel } from '@/components/keywords-panel';
import { TopicFromSelection } from '@/components/topic-from-selection';
import { t, uiLanguage } from '@/components/i18n';
import { watchWord } from './reader-watched-words';
import { useReader } from './use-reader';
import { useReaderExtras } from './use-reader-extras';
import { useReaderText } from './use-reader-text';
import '@/components/ui.css';
import '@/components/alerts.css';
import '@/components/reader-view.css';

const readerBody = () => document.querySelector('[data-testid="reader-body"]');
const readerHref = (id: string) => `/reader.html?id=${encodeURIComponent(id)}`;

function Reader() {
  const parts = useReader();
  const text = useReaderText(parts);
  const extras = useReaderExtras(parts);
  const aside = <KeywordsPanel analysis={text.analysis} highlightOn={text.highlightOn} onToggleHighlight={text.actions.setHighlight} onPlace={text.actions.openPlace} />;
  const renderParagraph = (p: string, partId: string, j: number) => {
    const marks = text.marks.get(`${partId}:${j}`);
    return marks ? <HighlightText text={p} ranges={marks} /> : p;
  };
  const images = parts ? <ReaderImages images={parts.flatMap((p) => p.images)} alwaysLoad={extras.alwaysLoadImages} onAlwaysLoad={extras.setAlwaysLoadImages} /> : null;
  const footer = (
    <footer class="reader-footer">
      {extras.citation && (
        <p class="citation">
          <button type="button" data-testid="reader-copy-citation" onClick={extras.copyCitation}>
            {t('readerCopyCitation')}
          </button>
          <span role="status" class="hint" data-testid="reader-citation-status">
            {extras.copied ?? ''}
          </span>
        </p>
      )}
      {parts && parts.length > 0 && (
        <p class="citation" role="group" aria-label={t('readerExportLabel')}>
          <span class="hint">{t('readerExportLabel')}</span>
          <button type="button" data-testid="reader-export-markdown" onClick={() => extras.download('markdown')}>
            {t('readerExportMarkdown')}
          </button>
          <button type="button" data-testid="reader-export-ris" onClick={() => extras.download('ris')}>
            {t('readerExportRis')}
          </button>
        </p>
      )}
      <SamePageNav prev={extras.prev} next={extras.next} href={readerHref} />
    </footer>
  );
  return (
    <main>
      <ReaderView parts={parts} aside={aside} renderParagraph={renderParagraph} images={images} footer={footer} />
      <TopicFromSelection onWatch={watchWord} within={readerBody} />
    </main>
  );
}

document.documentElement.lang = uiLanguage();
render(<Reader />, document.getElementById('app')!);
