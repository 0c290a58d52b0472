// Is a plain text a newspaper's text at all? Notes, recipes and letters split into paragraphs
// just as well as an article does, so text with no address to go by must show something only
// newspapers print: a dateline or byline, a 版次/date/paper fact, a jump line, an editor line,
// or one of the detector's text signals (版面标签, 本报讯, 上一版 …).
import { TEXT_SIGNALS } from '../../detect/page-signals';
import type { ParsedArticle } from '../types';
import type { PageFacts } from './fragments';

export function hasNewspaperEvidence(text: string, facts: PageFacts, articles: ParsedArticle[]): boolean {
  if (facts.date || facts.page || facts.newspaper || facts.editors.length) return true;
  const signed = articles.some((a) => a.reporters.length || a.correspondents.length || a.photographers.length || a.otherCredits);
  if (signed || articles.some((a) => a.continuedFrom || a.continuedTo)) return true;
  const head = text.slice(0, 12_000);
  return TEXT_SIGNALS.some((s) => s.pattern.test(head));
}
