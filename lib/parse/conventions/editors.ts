// Page editor lines: 责任编辑 陆辰丽, 责编：X, 版面编辑/本版编辑 X, often together with other
// production credits on one line (美术编辑, 校对, 组版). Only 责任编辑, 责编, 本版责编, 版面编辑 and
// 本版编辑 name the page's editors in the parse contract; the other roles are read (so the line is
// recognised as a credit line) but not returned.
const PAGE_EDITOR_ROLES = ['责任编辑', '本版责编', '责编', '版面编辑', '本版编辑'];
const OTHER_ROLES = ['美术编辑', '美编', '校对', '组版', '排版', '版式设计', '图片编辑', '视觉', '审校', '审核', '编审'];
const ROLE_RE = new RegExp(`(${[...PAGE_EDITOR_ROLES, ...OTHER_ROLES].join('|')})\\s*[:：]?`, 'g');
const NAME = /^[\p{Script=Han}·]{2,5}$/u;
// The cheap test first (every line of a page is asked): a role word must open the line once the
// brackets the parser blanks and the spaces trim() drops are skipped (\s is trim()'s set).
const ROLE_OPENS = new RegExp(`^[\\s【】\\[\\]■□●◆]*(?:${[...PAGE_EDITOR_ROLES, ...OTHER_ROLES].join('|')})`);

/** Names of the page editors on an editor line; null when the line is not an editor line. */
export function parseEditorLine(line: string): string[] | null {
  if (!ROLE_OPENS.test(line)) return null;
  const t = line.replace(/[【】\[\]■□●◆]/g, ' ').trim();
  if (!t || t.length > 60) return null;
  const parts: { role: string; start: number; end: number }[] = [];
  for (const m of t.matchAll(ROLE_RE)) parts.push({ role: m[1]!, start: m.index!, end: m.index! + m[0].length });
  if (!parts.length || parts[0]!.start !== 0) return null;
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const chunk = t.slice(part.end, parts[i + 1]?.start ?? t.length);
    const tokens = chunk.split(/[\s、，,；;|｜/]+/).filter(Boolean);
    // Every token must look like a name, or this is a sentence that starts with a role word.
    if (!tokens.every((x) => NAME.test(x))) return null;
    if (PAGE_EDITOR_ROLES.includes(part.role)) names.push(...tokens);
  }
  return names;
}
