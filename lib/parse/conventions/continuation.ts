// Jump lines: （上接第1版） (下转第2版) 上接第一版 》》》上接01版 — Arabic or Chinese page numbers,
// full- or half-width brackets, sometimes no brackets at all.
import { normalizePageNumber } from './chinese-numerals';

export interface Continuation {
  /** Page the article continues from (上接), as Arabic digits or a printed id. */
  from: string | null;
  /** Page it continues on (下转). */
  to: string | null;
  /** The text with the jump markers removed. */
  cleaned: string;
}

const PAGE = '[A-Za-z]{0,3}[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}';
const JUMP = new RegExp(
  `[》>]*\\s*[（(【]?\\s*([上下])\\s*([接转])\\s*(?:第\\s*)?(${PAGE})\\s*(?:版|[(（][^)）]{0,8}[)）])?\\s*[）)】]?`,
  'g',
);

function isJump(m: RegExpExecArray): boolean {
  const [whole, dir, verb] = m;
  // 上接/下转 only; and a bare "上接3" without 版 or brackets is too weak to be a jump line.
  if ((dir === '上' && verb !== '接') || (dir === '下' && verb !== '转')) return false;
  return /版/.test(whole) || /[（(【》>]/.test(whole);
}

export function findContinuation(text: string): Continuation {
  // JUMP needs 接 or 转: most lines have neither, and the pattern is tried at every position.
  if (!/[接转]/.test(text)) return { from: null, to: null, cleaned: text };
  let from: string | null = null;
  let to: string | null = null;
  const cleaned = text.replace(JUMP, (...args) => {
    const m = args as unknown as RegExpExecArray;
    m.index = 0;
    if (!isJump(m)) return m[0];
    const page = normalizePageNumber(m[3] ?? '');
    if (m[1] === '上') from ??= page;
    else to ??= page;
    return '';
  });
  return { from, to, cleaned: from || to ? cleaned.replace(/[ \t]{2,}/g, ' ').trim() : text };
}
