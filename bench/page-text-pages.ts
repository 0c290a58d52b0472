// The pages the page-text bench parses, shared by its in-process cases and its cold-start child.
import { generatePage } from '../lib/parse/page-text/generate';
import { SAMPLE_ARTICLES } from '../lib/parse/page-text/sample-articles';

const TARGET_BYTES = 200_000;

/** A printed page's worth of articles, repeated with varied numbering until it reaches the size. */
export function paragraphPage(): string {
  const parts: string[] = [];
  for (let n = 0; Buffer.byteLength(parts.join('\n\n')) < TARGET_BYTES; n++) {
    const a = SAMPLE_ARTICLES[n % SAMPLE_ARTICLES.length]!;
    parts.push(`${a.title}（之${n + 1}）`, `本报讯（记者 ${a.reporters[0] ?? '甲乙'}）${a.paragraphs[0]}`);
    a.paragraphs.slice(1).forEach((p, i) => parts.push(...(n % 5 === 0 && i === 0 ? [p.slice(0, 24), p.slice(24)] : [p])));
  }
  return parts.join('\n\n');
}

/** The harder shape: a text layer's column lines with out-of-order pieces (generator pages). */
export function columnPage(): string {
  const pages: string[] = [];
  for (let seed = 1; Buffer.byteLength(pages.join('\n\n')) < TARGET_BYTES; seed++) pages.push(generatePage(SAMPLE_ARTICLES.slice(seed % 3, (seed % 3) + 4), seed).text);
  return pages.join('\n\n');
}

