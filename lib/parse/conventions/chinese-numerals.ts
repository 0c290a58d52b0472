// Chinese numerals as printed in page references (第一版, 第十二版, 二〇二三年): to Arabic digits.
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** "一" → 1, "十二" → 12, "二十" → 20, "一百零五" → 105, "二〇二三" → 2023; null when not a numeral. */
export function chineseNumeralToNumber(s: string): number | null {
  const t = s.trim();
  if (!t || !/^[零〇一二两三四五六七八九十百]+$/.test(t)) return null;
  // Digit-by-digit form (二〇二三) has no 十/百.
  if (!/[十百]/.test(t)) return Number([...t].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let current = 0;
  for (const c of t) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = DIGITS[c] ?? 0;
  }
  return total + current;
}

/** Arabic or Chinese page number as a string of Arabic digits ("一" → "1", "02" → "02", "A3" kept). */
export function normalizePageNumber(s: string): string {
  const t = s.trim().replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const n = chineseNumeralToNumber(t);
  return n == null ? t : String(n);
}
