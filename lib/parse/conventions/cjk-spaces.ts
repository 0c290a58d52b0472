// A PDF text layer or a copied page puts spaces (and line wraps) between Chinese characters;
// Latin words keep theirs. Digits next to Chinese lose them too: "2023 年" is a layout artefact.
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019\\u00b7';
const SPACE = '[ \\t\\u00a0\\u3000\\u2002-\\u200b\\u202f\\u205f]+';
const AFTER_CJK = new RegExp(`([${CJK}])${SPACE}(?=\\S)`, 'gu');
const BEFORE_CJK = new RegExp(`(\\S)${SPACE}(?=[${CJK}])`, 'gu');

/** Drops spaces touching a CJK character or CJK punctuation on either side; keeps line breaks. */
export function removeCjkSpaces(s: string): string {
  if (!/[ \t\u00a0\u3000\u2002-\u200b\u202f\u205f]/.test(s)) return s;
  if (!s.includes('\n')) return s.replace(AFTER_CJK, '$1').replace(BEFORE_CJK, '$1'); // one line: no split
  return s
    .split('\n')
    .map((line) => line.replace(AFTER_CJK, '$1').replace(BEFORE_CJK, '$1'))
    .join('\n');
}

/** Collapses every run of horizontal white space (incl. ideographic and no-break spaces) to one space. */
const SPACES = new RegExp(SPACE, 'gu');
export function collapseSpaces(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

const HAN = /\p{Script=Han}/u;
/** True for a CJK ideograph (not punctuation). */
export function isHan(ch: string | undefined): boolean {
  return !!ch && HAN.test(ch);
}

/** [...t.slice(start, end)].length === 1 without a copy: one unit, or a surrogate pair. */
function isOneCodePoint(t: string, start: number, end: number): boolean {
  if (end - start === 1) return true;
  if (end - start !== 2) return false;
  const a = t.charCodeAt(start);
  const b = t.charCodeAt(start + 1);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

/**
 * Undoes a text layer's letter spacing ("河 道 清 淤  工 程"): when most space-separated tokens
 * of a line are single characters, single spaces go and wider gaps stay as one space (they were
 * the line's own spaces or wrap points).
 */
export function removeLetterSpacing(line: string): string {
  // Fewer than three spaces cannot separate four tokens: most lines stop here, before any split.
  let spaces = 0;
  for (let i = line.indexOf(' '); i >= 0 && spaces < 3; i = line.indexOf(' ', i + 1)) spaces++;
  if (spaces < 3) return line;
  // The space-separated tokens of the trimmed line, counted in place (no array per line).
  const trimmed = line.trim();
  let tokens = 0;
  let singles = 0;
  for (let i = 0; i < trimmed.length; ) {
    if (trimmed.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let end = i;
    while (end < trimmed.length && trimmed.charCodeAt(end) !== 32) end++;
    tokens++;
    if (isOneCodePoint(trimmed, i, end)) singles++;
    i = end;
  }
  if (tokens < 4) return line;
  if (singles / tokens < 0.6) return line;
  return line
    .trim()
    .split(/ {2,}|\u3000+/)
    .map((part) => part.replace(/ /g, ''))
    .join(' ');
}
