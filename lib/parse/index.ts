import { parseHtmlPage } from './html/parse-html';
import { parseTextPage } from './page-text/parse-text';
import { emptyResult, type ParseInput, type ParseOptions, type ParseResult } from './types';

export * from './types';

/**
 * The one parse path: the content script's page (background), the CLI and the tests all come
 * through here. Never throws: a failure comes back as kind 'none' with `error` set, so callers
 * can keep the raw page with its error instead of dropping it.
 */
export function parsePage(input: ParseInput, opts: ParseOptions = {}): ParseResult {
  const url = input.url ?? null;
  try {
    if (input.html != null) return parseHtmlPage({ url, html: input.html }, opts);
    if (input.text != null) return parseTextPage({ url, text: input.text }, opts);
    return emptyResult('none', ['no content']);
  } catch (e) {
    const result = emptyResult('none', ['parser error']);
    result.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return result;
  }
}
