// How wide a fragment's printed lines are. A text layer keeps a column's wrapped lines as pieces
// separated by spaces; their widths tell one column from another and a paragraph's indented first
// line from a middle line, which the reading-order repair weighs when it links fragments.
import type { Fragment } from './fragments';
import { visualWidth } from './text-shape';

/**
 * Printed line width of a fragment's column: the median of its wrapped pieces, leaving out the
 * first (a paragraph's first line is indented) and the last (a paragraph's last line is short)
 * when there are enough; of two pieces the wider.
 */
export function columnWidth(f: Fragment): number {
  const ws = f.raw.split(' ').filter(Boolean).map(visualWidth);
  if (ws.length <= 2) return Math.max(0, ...ws);
  const inner = ws.slice(1, -1).sort((a, b) => a - b);
  return inner[Math.floor(inner.length / 2)]!;
}

/** Width of a fragment's first printed line. */
export const firstWidth = (f: Fragment) => visualWidth(f.raw.split(' ').find(Boolean) ?? '');
