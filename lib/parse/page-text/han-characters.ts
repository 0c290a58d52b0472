// Han-character facts the join evidence asks in hot loops: which characters are Han, which stand
// alone as function words, where white space is, and the lone characters at the ends of a cut.
// Kept apart from WordEvidence so the scoring reads as scoring; these are answered by code ranges
// first (no regex, no strings) because pair loops ask them tens of thousands of times a page.
export const HAN = /\p{Script=Han}/u;
/** Characters that stand alone as words at a line end or start without being half of a word. */
// Also common one-character verbs and adverbs that end or open a clause on their own (仍 | 有).
export const FUNCTION_CHARS = new Set([
  ...'的了在和是等与及对将把被从向也很都又就为以于并而或还更最不个其该此这那之所由因让使给到着过',
  ...'有仍未已可会能要应均各每再才只正曾却则即便如若虽但且故自至按经据当同跟比像先后',
]);

/** Lone Han characters at the end of a cut, and whether the last one is more than a function word. */
export function trailingSingles(toks: string[]): { count: number; loose: boolean } {
  let count = 0;
  for (let i = toks.length - 1; i >= 0 && toks[i]!.length === 1 && isHanAt(toks[i]!, 0); i--) count++;
  return { count, loose: count > 0 && !FUNCTION_CHARS.has(toks.at(-1)!) };
}

export function leadingSingles(toks: string[]): { count: number; loose: boolean } {
  let count = 0;
  while (count < toks.length && toks[count]!.length === 1 && isHanAt(toks[count]!, 0)) count++;
  return { count, loose: count > 0 && !FUNCTION_CHARS.has(toks[0]!) };
}

/** Every character of a token is Han (tokens recur across joins, so the answer is kept). */
const hanTokens = new Map<string, boolean>();
export function allHan(tok: string): boolean {
  let basic = true; // every unit in the common blocks: answered without the regex or the map
  for (let i = 0; i < tok.length && basic; i++) basic = isHanCode(tok.charCodeAt(i));
  if (basic) return true;
  let v = hanTokens.get(tok);
  if (v === undefined) {
    v = [...tok].every((c) => HAN.test(c));
    if (hanTokens.size < 50_000) hanTokens.set(tok, v);
  }
  return v;
}

/** CJK unified ideographs (basic block and extension A): the fast test for hot loops. */
export const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** White space as /\s/ sees it. */
export const isSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The first (or last) `n` UTF-16 units of the text with white space removed, read from that end
 * only: text.replace(/\s+/g, '').slice(0, n) (or .slice(-n)) without copying a long fragment.
 */
export function endSqueezed(text: string, n: number, fromEnd: boolean): string {
  let out = '';
  if (fromEnd) {
    for (let i = text.length - 1; i >= 0 && out.length < n; i--) if (!isSpaceCode(text.charCodeAt(i))) out = text[i] + out;
  } else {
    for (let i = 0; i < text.length && out.length < n; i++) if (!isSpaceCode(text.charCodeAt(i))) out += text[i];
  }
  return out;
}

/** Key of a bigram of two one-unit strings in PageBigrams' counts. */
export const pairCode = (a: string, b: string) => (a.length === 1 && b.length === 1 ? a.charCodeAt(0) * 65536 + b.charCodeAt(0) : -1);

/** HAN.test(t[i]) (one UTF-16 unit), with the common blocks answered without the regex. */
export const isHanAt = (t: string, i: number) => isHanCode(t.charCodeAt(i)) || HAN.test(t[i] ?? '');
