import type { Entities } from '@/lib/text/entities';
import type { Keyword } from '@/lib/text/keywords';
import { HighlightToggle } from './highlight-toggle';
import { t } from './i18n';
import './search-panel.css';

export interface ArticleAnalysisView {
  keywords: Keyword[];
  entities: Entities;
}

export interface KeywordsPanelProps {
  /** null until the article is indexed. */
  analysis: ArticleAnalysisView | null;
  highlightOn: boolean;
  onToggleHighlight: (on: boolean) => void;
  /** A place chip was clicked: show the library's articles mentioning it. */
  onPlace: (name: string) => void;
}

const MAX_PER_GROUP = 8;

/**
 * The reader's chips: keywords, then places (with their district, clickable: every article
 * mentioning the place), organisations and people. Names come from the page: text only.
 */
export function KeywordsPanel({ analysis, highlightOn, onToggleHighlight, onPlace }: KeywordsPanelProps) {
  if (!analysis) return <p class="hint" data-testid="reader-keywords-pending">{t('keywordsPending')}</p>;
  const { keywords, entities } = analysis;
  const groups: { label: string; kind: string; chips: { name: string; note?: string | null }[] }[] = [
    { label: t('keywordsLabel'), kind: 'keyword', chips: keywords.map((k) => ({ name: k.word })) },
    { label: t('placesLabel'), kind: 'place', chips: entities.places.map((p) => ({ name: p.name, note: p.district })) },
    { label: t('organisationsLabel'), kind: 'organisation', chips: entities.organisations.map((o) => ({ name: o.name })) },
    { label: t('peopleLabel'), kind: 'person', chips: entities.people.map((p) => ({ name: p.name })) },
  ];
  return (
    <section data-testid="reader-keywords" class="reader-keywords">
      {groups
        .filter((g) => g.chips.length > 0)
        .map((g) => (
          <span key={g.kind} class="chip-group" data-kind={g.kind}>
            <span class="chip-group-label">{g.label}</span>{' '}
            {g.chips.slice(0, MAX_PER_GROUP).map((c) =>
              g.kind === 'place' ? (
                <button key={c.name} type="button" data-testid="keyword-chip" data-kind="place" class="keyword-chip place" title={t('placeFilterHint', c.name)} onClick={() => onPlace(c.name)}>
                  {c.name}
                  {c.note && <span class="chip-note">{c.note}</span>}
                </button>
              ) : (
                <span key={c.name} data-testid="keyword-chip" data-kind={g.kind} class="keyword-chip">
                  {c.name}
                </span>
              ),
            )}
          </span>
        ))}
      <HighlightToggle on={highlightOn} onChange={onToggleHighlight} testId="reader-highlight-toggle" label={t('highlightReader')} />
    </section>
  );
}
