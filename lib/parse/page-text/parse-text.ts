import { emptyResult, type ParseOptions, type ParseResult } from '../types';

/** Parses a page's plain text (text layer, copied text, stored page text). Owned by the page-text work. */
export function parseTextPage(_input: { url: string | null; text: string }, _opts: ParseOptions = {}): ParseResult {
  return emptyResult('none', ['text parser not built yet']);
}
