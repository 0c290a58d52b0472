import { emptyResult, type ParseOptions, type ParseResult } from '../types';

/** Parses a decoded HTML page (article, layout, paperindex stub, or none). Owned by the HTML parser work. */
export function parseHtmlPage(_input: { url: string | null; html: string }, _opts: ParseOptions = {}): ParseResult {
  return emptyResult('none', ['HTML parser not built yet']);
}
