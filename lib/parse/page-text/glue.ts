// Two text-layer accidents inside one line: a credit printed at the end of a column that lands
// between two pieces of a sentence ("约 记者 甲乙 丙丁 1000亿元。"), and the first lines of another
// column glued to the end of a paragraph ("…为产 在某镇某项目 施工现场,"). Both are found from
// the spaces a text layer leaves at wrap points; the text itself is never changed, only cut.
import { isCreditLine, parseByline, removeCjkSpaces } from '../conventions';
import type { Fragment } from './fragments';
import { endsComplete, visualWidth } from './text-shape';
import type { WordEvidence } from './word-evidence';

const ROLE_START = /^(?:本报|特约|首席|见习|全媒体)?(?:记者|通讯员|摄影)$/;

/** Cuts an interleaved credit out of a line and keeps it as the fragment's byline. */
export function takeInlineCredits(frags: Fragment[]): void {
  for (const f of frags) {
    if (f.type !== 'text') continue;
    const pieces = f.raw.split(' ');
    for (let i = 1; i < pieces.length - 1; i++) {
      if (!ROLE_START.test(pieces[i]!)) continue;
      let j = i + 1;
      while (j < pieces.length - 1 && isCreditLine(pieces.slice(i, j + 1).join(' '))) j++;
      const credit = pieces.slice(i, j).join(' ');
      if (j === i + 1 || !isCreditLine(credit) || endsComplete(pieces[i - 1]!)) continue;
      f.byline = parseByline(credit);
      f.raw = [...pieces.slice(0, i), ...pieces.slice(j)].join(' ');
      f.text = removeCjkSpaces(f.raw);
      break;
    }
  }
}

/**
 * Splits a glued tail off a paragraph line when (1) the tail's pieces are narrower than the
 * paragraph's (another column), (2) the line ends mid-sentence, and (3) the paragraph part ends
 * in a word that some other fragment completes. Needs the segmenter: without word evidence the
 * cut would be a guess, so nothing is cut.
 */
export function splitGluedPieces(body: Fragment[], ev: WordEvidence): Fragment[] {
  if (!ev.hasSegmenter) return body;
  const out: Fragment[] = [];
  const starts = body.filter((f) => f.type === 'text' && f.text);
  for (const f of body) {
    out.push(f);
    if (f.type !== 'text' || endsComplete(f.text)) continue;
    const pieces = f.raw.split(' ').filter(Boolean);
    if (pieces.length < 4) continue;
    const headWidth = median(pieces.slice(0, -1).map(visualWidth));
    for (let k = pieces.length - 1; k >= Math.max(2, pieces.length - 3); k--) {
      const tail = pieces.slice(k);
      if (tail.reduce((s, p) => s + visualWidth(p), 0) > 24) break;
      if (Math.max(...tail.map(visualWidth)) > headWidth - 2) continue;
      const head = removeCjkSpaces(pieces.slice(0, k).join(' '));
      const tailText = removeCjkSpaces(tail.join(' '));
      // After a finished sentence a narrower tail is another column's start; mid-sentence it
      // takes a word that some other fragment completes to show the paragraph goes on elsewhere.
      const completes = endsComplete(head)
        ? !ev.wordAcross(head, tailText)
        : starts.some((y) => y !== f && Math.abs(y.id - f.id) < 80 && ev.strongWordAcross(head, y.text) && !ev.wordAcross(head, tailText));
      if (!completes) continue;
      const tailRaw = tail.join(' ');
      f.raw = pieces.slice(0, k).join(' ');
      f.text = head;
      out.push({ id: f.id + 0.5, type: 'text', raw: tailRaw, text: removeCjkSpaces(tailRaw), gapBefore: 0, glued: true });
      break;
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
