// The page-text pipeline without page-level metadata: text → fragments → headings → reading
// order → articles. Exported for the HTML parser's fallback (a page whose markup gives no
// structure) as segmentPageText.
import type { ParsedArticle, Segmenter } from '../types';
import { buildArticle } from './build-article';
import { readFragments, type Fragment, type PageFacts } from './fragments';
import { markHeadings } from './headings';
import { buildChains } from './reading-order';
import { linearGroups, repairGroups, type Group } from './segment';
import { splitGluedPieces, takeInlineCredits } from './glue';
import { WordEvidence } from './word-evidence';

export interface SegmentTextOptions {
  segmenter?: Segmenter | null;
  /** The text is one article's page: subheadings stay inside it, stray headings become furniture. */
  articleMode?: boolean;
}

export interface SegmentedText {
  articles: ParsedArticle[];
  facts: PageFacts;
  /** Lines kept out of every article (navigation, labels, copyright …), as printed. */
  furniture: string[];
}

export function segmentPageText(text: string, opts: SegmentTextOptions = {}): SegmentedText {
  const { frags, facts } = readFragments(text);
  const ev = new WordEvidence(opts.segmenter ?? null, text);
  takeInlineCredits(frags);
  const headings = markHeadings(frags, ev);
  const body = splitGluedPieces(
    frags.filter((f) => (f.type === 'text' && !headings.has(f.id)) || f.type === 'lead'),
    ev,
  );
  // Body fragments (with any split-off pieces) back among the structural ones, in printed order.
  const all = [...frags.filter((f) => (f.type !== 'text' || headings.has(f.id)) && f.type !== 'lead'), ...body].sort(
    (a, b) => a.id - b.id,
  );
  const chains = buildChains(body, all, ev);
  const groups = repairGroups(linearGroups(all, headings, chains, { articleMode: !!opts.articleMode }));
  const furniture = [...facts.furniture];
  const articles: ParsedArticle[] = [];
  groups.forEach((g) => {
    if (isLabelOnly(g)) {
      furniture.push(...g.headings.map((h) => h.raw));
      return;
    }
    const labels = sectionLabels(g);
    if (labels.length) {
      furniture.push(...labels.map((h) => h.raw));
      g.headings = g.headings.filter((h) => !labels.includes(h));
    }
    articles.push(buildArticle(g));
  });
  return { articles, facts, furniture };
}

/** Heading lines with nothing under them: a section label (身边的道德模范) or a stray menu line. */
function isLabelOnly(g: Group): boolean {
  return !g.chains.length && !g.credits.length && !g.subtitles.length && !g.continuedFrom;
}

/** Lines above a boxed (■) item name the section it stands in (融媒互动), not the item. */
function sectionLabels(g: Group): Fragment[] {
  const box = g.headings.findIndex((h) => h.boxed);
  return box > 0 ? g.headings.slice(0, box) : [];
}
