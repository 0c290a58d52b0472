// Text with some stretches marked: <mark> elements around the ranges, plain text between, all
// as text nodes (the text is page content, never HTML). Ranges may come unsorted or
// overlapping; they are sorted, clipped to the text and merged first.

export interface TextRange {
  start: number;
  end: number;
  /** Class of this range's mark (where ranges overlap, the earlier range's class wins). */
  className?: string;
}

/** Sorted, non-overlapping ranges inside [0, length). */
export function normaliseRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const sorted = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

export interface HighlightTextProps {
  text: string;
  ranges: readonly TextRange[];
}

export function HighlightText({ text, ranges }: HighlightTextProps) {
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const r of normaliseRanges(ranges, text.length)) {
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(
      <mark key={r.start} class={r.className}>
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
