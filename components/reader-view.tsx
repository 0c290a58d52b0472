import type { ComponentChildren } from 'preact';
import type { ArticleRecord } from '@/lib/store/types';
import { checkHttpUrl } from '@/lib/protocol';
import { pageLabel } from './article-list';
import { t } from './i18n';

export interface ReaderViewProps {
  /** The article's parts in reading order (one for most articles); undefined while loading, null when missing. */
  parts: ArticleRecord[] | null | undefined;
  /** Shown under the header (the keyword chips). */
  aside?: ComponentChildren;
  /** Draws one body paragraph (with highlights); default: the plain text. */
  renderParagraph?: (text: string, partId: string, index: number) => ComponentChildren;
  /** The pictures (components/reader-view-images); default: their captions as a list. */
  images?: ComponentChildren;
  /** Under the article: same-版面 navigation, citation. */
  footer?: ComponentChildren;
}

const unique = (lists: string[][]) => [...new Set(lists.flat())];

export function partParagraphs(a: ArticleRecord): string[] {
  return a.paragraphs.length ? a.paragraphs : (a.rawText ?? '').split('\n').filter((l) => l.trim());
}

/**
 * One article for reading; a continued article shows its parts in order, each under a divider
 * naming its page. All fields come from web pages: text nodes only, and links only to http(s).
 */
export function ReaderView({ parts, aside, renderParagraph, images, footer }: ReaderViewProps) {
  if (parts === undefined) return <p class="loading">{t('readerLoading')}</p>;
  if (parts === null || parts.length === 0) return <p class="not-found">{t('readerNotFound')}</p>;
  const article = parts[0]!;
  const last = parts.at(-1)!;
  const stitched = parts.length > 1;
  const original = checkHttpUrl(article.url)?.toString() ?? null;
  const bylines: [string, string[]][] = [
    [t('readerReporters'), unique(parts.map((p) => p.reporters))],
    [t('readerCorrespondents'), unique(parts.map((p) => p.correspondents))],
    [t('readerPhotographers'), unique(parts.map((p) => p.photographers))],
  ];
  const captions = parts.flatMap((p) => p.images).filter((im) => im.caption);
  return (
    <article class="reader" aria-labelledby="reader-title">
      <a class="skip-link" href="#reader-body">
        {t('readerSkipToBody')}
      </a>
      <header>
        {article.introTitle && <p data-testid="reader-intro-title" class="intro-title">{article.introTitle}</p>}
        <h1 id="reader-title" data-testid="reader-title">{article.title}</h1>
        {article.subtitle && <p data-testid="reader-subtitle" class="subtitle">{article.subtitle}</p>}
        <p data-testid="reader-meta" class="meta" aria-label={t('readerMetaLabel')}>
          {[article.paperName, article.date, parts.map(pageLabel).filter(Boolean).join(t('nameSeparator'))].filter(Boolean).join(' · ')}
        </p>
        {bylines.some(([, names]) => names.length > 0) && (
          <p data-testid="reader-byline" class="byline" aria-label={t('readerBylineLabel')}>
            {bylines
              .filter(([, names]) => names.length > 0)
              .map(([role, names]) => `${role}${t('roleSeparator')}${names.join(t('nameSeparator'))}`)
              .join('　')}
          </p>
        )}
      </header>
      {aside}
      {article.parseStatus === 'failed' && (
        <p class="parse-error" role="note">
          {t('readerRawText')} — {t('readerError', article.parseError ?? '')}
        </p>
      )}
      {/* Markers inside a stitched article are answered by the next part; only the loose ends are shown. */}
      {article.continuedFrom && <p class="continued">{t('readerContinuedFrom', article.continuedFrom)}</p>}
      <div id="reader-body" data-testid="reader-body" class="body" tabIndex={-1}>
        {parts.map((part, i) => (
          <section key={part.id} data-testid="reader-part" class="part">
            {stitched && (
              <p data-testid="part-divider" class="part-divider">
                {i === 0 ? pageLabel(part) : t('readerPartContinued', pageLabel(part))}
              </p>
            )}
            {partParagraphs(part).map((p, j) => (
              <p key={j}>{renderParagraph ? renderParagraph(p, part.id, j) : p}</p>
            ))}
          </section>
        ))}
      </div>
      {last.continuedTo && <p class="continued">{t('readerContinuedTo', last.continuedTo)}</p>}
      {images ??
        (captions.length > 0 && (
        <ul class="captions">
          {captions.map((im, i) => (
            <li key={i}>{im.caption}</li>
          ))}
        </ul>
        ))}
      {original && (
        <p class="original">
          <a data-testid="reader-original-link" href={original} target="_blank" rel="noopener noreferrer" aria-label={t('readerOriginalLabel')}>
            {t('readerOriginal')}
          </a>
        </p>
      )}
      {footer}
    </article>
  );
}
