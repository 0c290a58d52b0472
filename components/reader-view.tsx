import type { ArticleRecord } from '@/lib/store/types';
import { checkHttpUrl } from '@/lib/protocol';
import { pageLabel } from './article-list';
import { t } from './i18n';

export interface ReaderViewProps {
  article: ArticleRecord | null | undefined;
}

/** One article for reading. All fields come from web pages: text nodes only, and links only to http(s). */
export function ReaderView({ article }: ReaderViewProps) {
  if (article === undefined) return <p class="loading">{t('readerLoading')}</p>;
  if (article === null) return <p class="not-found">{t('readerNotFound')}</p>;
  const original = checkHttpUrl(article.url)?.toString() ?? null;
  const bylines: [string, string[]][] = [
    [t('readerReporters'), article.reporters],
    [t('readerCorrespondents'), article.correspondents],
    [t('readerPhotographers'), article.photographers],
  ];
  const paragraphs = article.paragraphs.length
    ? article.paragraphs
    : (article.rawText ?? '').split('\n').filter((l) => l.trim());
  return (
    <article class="reader">
      <header>
        {article.introTitle && <p data-testid="reader-intro-title" class="intro-title">{article.introTitle}</p>}
        <h1 data-testid="reader-title">{article.title}</h1>
        {article.subtitle && <p data-testid="reader-subtitle" class="subtitle">{article.subtitle}</p>}
        <p data-testid="reader-meta" class="meta">
          {[article.paperName, article.date, pageLabel(article)].filter(Boolean).join(' · ')}
        </p>
        {bylines.some(([, names]) => names.length > 0) && (
          <p data-testid="reader-byline" class="byline">
            {bylines
              .filter(([, names]) => names.length > 0)
              .map(([role, names]) => `${role}${t('roleSeparator')}${names.join(t('nameSeparator'))}`)
              .join('　')}
          </p>
        )}
      </header>
      {article.parseStatus === 'failed' && (
        <p class="parse-error" role="note">
          {t('readerRawText')} — {t('readerError', article.parseError ?? '')}
        </p>
      )}
      {article.continuedFrom && <p class="continued">{t('readerContinuedFrom', article.continuedFrom)}</p>}
      <div data-testid="reader-body" class="body">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {article.continuedTo && <p class="continued">{t('readerContinuedTo', article.continuedTo)}</p>}
      {article.images.length > 0 && (
        <ul class="captions">
          {article.images.filter((im) => im.caption).map((im, i) => (
            <li key={i}>{im.caption}</li>
          ))}
        </ul>
      )}
      {original && (
        <p class="original">
          <a data-testid="reader-original-link" href={original} target="_blank" rel="noopener noreferrer">
            {t('readerOriginal')}
          </a>
        </p>
      )}
    </article>
  );
}
