import { t } from './i18n';

export interface SamePageLink {
  id: string;
  title: string;
}

export interface SamePageNavProps {
  /** undefined while looking; null when the article has no known 版面. */
  prev: SamePageLink | null;
  next: SamePageLink | null;
  /** reader.html?id=… for an article. */
  href: (id: string) => string;
}

/** 上一篇 / 下一篇 of the same 版面, as plain links (keyboard and screen readers get them for free). */
export function SamePageNav({ prev, next, href }: SamePageNavProps) {
  if (!prev && !next) return null;
  return (
    <nav class="same-page-nav" aria-label={t('readerSamePageNav')} data-testid="reader-same-page">
      {prev ? (
        <a href={href(prev.id)} rel="prev" data-testid="reader-prev">
          {'←\u00a0'}
          {t('readerPrev', prev.title)}
        </a>
      ) : (
        <span class="hint">{t('readerNoPrev')}</span>
      )}
      {next ? (
        <a href={href(next.id)} rel="next" data-testid="reader-next">
          {t('readerNext', next.title)}
          {'\u00a0→'}
        </a>
      ) : (
        <span class="hint">{t('readerNoNext')}</span>
      )}
    </nav>
  );
}
