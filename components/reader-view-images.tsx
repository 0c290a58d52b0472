import { useState } from 'preact/hooks';
import { checkHttpUrl } from '@/lib/protocol';
import { t } from './i18n';

export interface ReaderImage {
  src: string;
  caption: string | null;
}

export interface ReaderImagesProps {
  images: ReaderImage[];
  /** The user's setting: load pictures from the newspaper's site without asking. */
  alwaysLoad: boolean | null;
  onAlwaysLoad: (on: boolean) => void;
}

/**
 * The article's pictures. They live on the newspaper's site, so none is requested until the user
 * allows it (one picture, all of them, or always): until then a placeholder shows the caption and
 * a 「加载图片」 button. Only http(s) sources are ever loaded, without a referrer.
 */
export function ReaderImages({ images, alwaysLoad, onAlwaysLoad }: ReaderImagesProps) {
  const [loaded, setLoaded] = useState<Set<number>>(new Set());
  const shown = images.map((im) => ({ ...im, url: checkHttpUrl(im.src)?.toString() ?? null })).filter((im) => im.url || im.caption);
  if (!shown.length) return null;
  const isLoaded = (i: number) => alwaysLoad === true || loaded.has(i);
  const anyHidden = shown.some((im, i) => im.url && !isLoaded(i));
  return (
    <section class="reader-images" aria-labelledby="reader-images-heading" data-testid="reader-images">
      <h2 id="reader-images-heading" class="visually-hidden">
        {t('readerImagesHeading')}
      </h2>
      {shown.map((im, i) => (
        <figure key={i} data-testid="reader-figure">
          {im.url && isLoaded(i) ? (
            <img src={im.url} alt={im.caption ?? t('readerImageAlt', String(i + 1))} referrerpolicy="no-referrer" loading="lazy" data-testid="reader-image" />
          ) : im.url ? (
            <div class="image-placeholder" data-testid="reader-image-placeholder">
              {t('readerImagePlaceholder')}{' '}
              <button type="button" data-testid="reader-image-load" aria-label={`${t('readerImageLoad')}${im.caption ? `：${im.caption}` : ` ${i + 1}`}`} onClick={() => setLoaded(new Set([...loaded, i]))}>
                {t('readerImageLoad')}
              </button>
            </div>
          ) : null}
          {im.caption && <figcaption data-testid="reader-caption">{im.caption}</figcaption>}
        </figure>
      ))}
      <div class="image-controls">
        {anyHidden && (
          <button type="button" data-testid="reader-image-load-all" onClick={() => setLoaded(new Set(shown.map((_, i) => i)))}>
            {t('readerImageLoadAll')}
          </button>
        )}
        <label>
          <input type="checkbox" data-testid="reader-images-always" checked={alwaysLoad === true} disabled={alwaysLoad === null} onChange={(e) => onAlwaysLoad((e.currentTarget as HTMLInputElement).checked)} /> {t('readerImagesAlways')}
        </label>
        <p class="hint">{t('readerImagesHint')}</p>
      </div>
    </section>
  );
}
