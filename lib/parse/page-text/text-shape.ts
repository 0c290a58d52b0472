// Small predicates on Chinese text used by segmentation and reading-order repair.

/** Ends a sentence or a paragraph: 。！？…； possibly followed by closing quotes/brackets; or a colon. */
const COMPLETE_END = /(?:[。！？!?…；;：:]|\.{3})[”"’'」』）)】]*$/;
export function endsComplete(s: string): boolean {
  return COMPLETE_END.test(s.trimEnd());
}

/** Starts with punctuation that can only continue something (，。、；：？！ closing brackets/quotes). */
export function startsWithContinuationPunct(s: string): boolean {
  return /^[，,。、；;：:？?！!）)】」』”’]/.test(s.trimStart());
}

/** Visual width: a CJK character counts 1, an ASCII character 0.5 (digits are narrow in print). */
export function visualWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    w += c < 0x2000 ? 0.5 : 1;
    // A surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return w;
}

const INNER_PUNCT = /[，,、；;：:。！？!?]/;
export function hasInnerPunct(s: string): boolean {
  return INNER_PUNCT.test(s);
}

/** Removes white space (the text layer's wrap points) for comparisons. */
export const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

/** Dash-led subtitle: ——X, —X, -记X, －X. */
export function isSubtitleLine(s: string): boolean {
  const t = s.trim();
  return /^(?:[—─－-]{1,2}|――)\s*\S/.test(t) && t.length <= 50 && !/^-?\d/.test(t);
}

/** 编者按 / 编者按： alone, or a paragraph that opens with it. */
export function editorsNote(s: string): { label: boolean; rest: string } | null {
  const m = /^[【\[]?\s*(?:编者按|编者的话|编后|编前)\s*[】\]]?\s*[:：]?\s*/.exec(s.trim());
  if (!m) return null;
  const rest = s.trim().slice(m[0].length);
  return { label: true, rest };
}
