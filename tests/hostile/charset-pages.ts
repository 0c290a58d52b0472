// Wrong and missing charsets, as bytes: GBK declared UTF-8 and back, byte-order marks that
// contradict the bytes, a <meta charset> past the first 8 KB, HTTP headers that disagree with the
// page, unknown labels, pages cut inside a multi-byte character and pages mixing both encodings.
import { encodeGbk } from '../../demo/tools/gbk-encode';
import type { HostilePage } from './hostile-pages';
import { ARTICLE_URL, founderArticle, founderLayout, LAYOUT_URL, story } from './page-shapes';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};
const BOM_UTF8 = Uint8Array.of(0xef, 0xbb, 0xbf);
const BOM_UTF16LE = Uint8Array.of(0xff, 0xfe);
const BOM_UTF16BE = Uint8Array.of(0xfe, 0xff);

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

type PageOf = (charset: string | null) => string;

/** Each case: how the page declares itself and which bytes it really sends. */
const CASES: { name: string; bytes: (page: PageOf) => Uint8Array; contentType?: string }[] = [
  { name: 'GBK bytes declared UTF-8', bytes: (p) => encodeGbk(p('utf-8')) },
  { name: 'UTF-8 bytes declared GBK', bytes: (p) => utf8(p('gbk')) },
  { name: 'UTF-8 bytes declared GB2312', bytes: (p) => utf8(p('gb2312')) },
  { name: 'GBK bytes, no charset anywhere', bytes: (p) => encodeGbk(p(null)) },
  { name: 'UTF-8 bytes, no charset anywhere', bytes: (p) => utf8(p(null)) },
  { name: 'UTF-8 BOM before GBK bytes declared GBK', bytes: (p) => concat(BOM_UTF8, encodeGbk(p('gbk'))) },
  { name: 'UTF-8 BOM and UTF-8 bytes declared GBK', bytes: (p) => concat(BOM_UTF8, utf8(p('gbk'))) },
  { name: 'UTF-16LE BOM before UTF-8 bytes', bytes: (p) => concat(BOM_UTF16LE, utf8(p('utf-8'))) },
  { name: 'UTF-16BE BOM before GBK bytes', bytes: (p) => concat(BOM_UTF16BE, encodeGbk(p('gbk'))) },
  { name: 'real UTF-16LE with BOM, declared UTF-8', bytes: (p) => concat(BOM_UTF16LE, utf16le(p('utf-8'))) },
  { name: 'real UTF-16LE without BOM', bytes: (p) => utf16le(p('utf-16')) },
  { name: 'GBK bytes, meta charset after 20 KB of script', bytes: (p) => encodeGbk(p(null).replace('</head>', `<script>/*${'x'.repeat(20_000)}*/</script><meta charset="gbk"></head>`)) },
  { name: 'UTF-8 bytes, meta charset GBK after 20 KB of comment', bytes: (p) => utf8(p(null).replace('</head>', `<!--${'填充'.repeat(7000)}--><meta charset="gbk"></head>`)) },
  { name: 'two metas that disagree', bytes: (p) => encodeGbk(p('utf-8').replace('</head>', '<meta charset="gbk"></head>')) },
  { name: 'GBK bytes, header says UTF-8', bytes: (p) => encodeGbk(p('gbk')), contentType: 'text/html; charset=utf-8' },
  { name: 'UTF-8 bytes, header says GBK', bytes: (p) => utf8(p('utf-8')), contentType: 'text/html; charset=GBK' },
  { name: 'unknown charset label', bytes: (p) => encodeGbk(p('x-no-such-charset')), contentType: 'text/html; charset=bogus-42' },
  { name: 'charset label with junk and quotes', bytes: (p) => utf8(p(`"'utf-8'"; charset=gbk`)) },
  { name: 'UTF-8 cut inside a character', bytes: (p) => { const b = utf8(p('utf-8')); return b.subarray(0, b.length - 1 - (b.length % 3)); } },
  { name: 'GBK cut inside a character', bytes: (p) => { const b = encodeGbk(p('gbk')); let i = Math.floor(b.length / 2); while (b[i]! < 0x81) i++; return b.subarray(0, i + 1); } },
  { name: 'first half GBK, second half UTF-8', bytes: (p) => { const s = p('gbk'); const h = Math.floor(s.length / 2); return concat(encodeGbk(s.slice(0, h)), utf8(s.slice(h))); } },
  { name: 'first half UTF-8, second half GBK', bytes: (p) => { const s = p('utf-8'); const h = Math.floor(s.length / 2); return concat(utf8(s.slice(0, h)), encodeGbk(s.slice(h))); } },
];

export function charsetPages(): HostilePage[] {
  const shapes: { label: string; url: string; page: PageOf }[] = [
    { label: 'article', url: ARTICLE_URL, page: (cs) => founderArticle(story(30), { charset: cs }) },
    { label: '版面', url: LAYOUT_URL, page: (cs) => founderLayout(20, { charset: cs }) },
  ];
  return shapes.flatMap((shape) =>
    CASES.map((c) => ({
      name: `charset/${shape.label}: ${c.name}`,
      category: 'charset' as const,
      url: shape.url,
      build: () => ({ bytes: c.bytes(shape.page), contentType: c.contentType ?? null }),
    })),
  );
}
