// Child process of the page-text bench's cold figure: what a freshly started service worker pays
// for its first big page. jieba is loaded and warmed on a few characters first (its own start-up,
// ~0.4–1 s, is a separate known cost); then the 200 KB column page is parsed a few times and each
// parse's milliseconds are printed as one JSON line, with a cold regex scan of the same text beside them.
import { parseTextPage } from '../lib/parse/page-text/parse-text';
import { nodeSegmenter } from '../lib/text/segmenter-node';
import { columnPage } from './page-text-pages';
import { scanBaseline } from './types';

const PARSES = Number(process.argv[2] ?? 3);
const text = columnPage();
const segmenter = nodeSegmenter();
segmenter.cut('预热分词器');
const scan = scanBaseline(text);
let t = performance.now();
scan();
const scanMs = performance.now() - t;
const parses: number[] = [];
for (let i = 0; i < PARSES; i++) {
  t = performance.now();
  parseTextPage({ url: null, text }, { segmenter });
  parses.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ scanMs, parses }) + '\n');
