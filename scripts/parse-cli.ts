// npm run --silent parse -- <file> [--url <page url>]   (../shared/docs/parse-contract.md)
// Prints exactly one JSON object and exits 0, also for pages that are not newspapers;
// exits 1 with a one-line message only when the file cannot be read.
import { readFileSync } from 'node:fs';
import { decodeHtml } from '../lib/parse/charset';
import { parsePage } from '../lib/parse/index';
import { nodeSegmenter } from '../lib/text/segmenter-node';

function main(argv: string[]): number {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i] ?? null;
    else if (argv[i] === '-h' || argv[i] === '--help') {
      process.stderr.write('usage: npm run --silent parse -- <file> [--url <page url>]\n');
      return 0;
    } else file ??= argv[i] ?? null;
  }
  if (!file) {
    process.stderr.write('parse: no file given (usage: parse <file> [--url <url>])\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`parse: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const isText = /\.txt$/i.test(file);
  const input = isText ? { url, text: new TextDecoder('utf-8').decode(bytes) } : { url, html: decodeHtml(bytes) };
  const result = parsePage(input, { segmenter: nodeSegmenter() });
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
