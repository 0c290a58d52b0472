// Ways to break a well-formed page, each deterministic given a seed. They model what e-paper
// servers and scripts actually produce: cut-off responses, tag soup from old CMS templates,
// entity typos, unquoted attributes, and text with invisible or invalid characters.
import { pick, rng } from './page-shapes';

/** The first `fraction` of the page, cut wherever that lands (inside a tag, entity or comment). */
export function truncate(html: string, fraction: number): string {
  return html.slice(0, Math.floor(html.length * fraction));
}

/** Every closing tag removed: nothing is ever closed. */
export function unclose(html: string): string {
  return html.replace(/<\/[a-zA-Z][^>]*>/g, '');
}

/** Every closing tag of one kind removed (e.g. only </td> or only </founder-content>). */
export function uncloseOnly(html: string, tag: string): string {
  return html.replace(new RegExp(`</${tag}\\s*>`, 'gi'), '');
}

const STRAYS = ['</html>', '</body>', '<!--', '-->', '<!-- <!-- -->', '--!>', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<html>', '<head>', '</head><body>', '<?xml version="1.0"?>', '<!', '</>', '<>', '</p></p></p>', '<script>', '</script>', '<style>', '</style>', '<textarea>', '<plaintext>', '<title>', '</title>', '<xmp>', '<iframe>', '<noscript>', '<template>'];

/** Stray structural markup spliced in at `count` random places. */
export function strays(html: string, seed: number, count: number): string {
  const r = rng(seed);
  let out = html;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(r() * (out.length + 1));
    out = out.slice(0, at) + pick(r, STRAYS) + out.slice(at);
  }
  return out;
}

const BAD_ENTITIES = ['&#xZZZZ;', '&#99999999999;', '&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#x110000;', '&amp', '&nbsp', '&;', '&#;', '&#x;', '&unknownentity;', '&lt&gt', '&#65', '&#x4e2d', '&ampamp;', '&' + 'a'.repeat(300) + ';', '&#' + '9'.repeat(400) + ';'];

/** Broken character references placed inside text, attribute values and titles. */
export function brokenEntities(html: string, seed: number): string {
  const r = rng(seed);
  return html.replace(/[，。]/g, (m) => (r() < 0.5 ? pick(r, BAD_ENTITIES) : m)).replace(/href=/g, () => `href=${pick(r, BAD_ENTITIES)}`);
}

/** Attribute quotes dropped, or left unbalanced, so values run into the next attribute or tag. */
export function unquoteAttributes(html: string, mode: 'none' | 'open' | 'mixed'): string {
  if (mode === 'none') return html.replace(/="([^"]*)"/g, (_, v: string) => `=${v}`);
  if (mode === 'open') return html.replace(/="([^"]*)"/g, (_, v: string) => `="${v}`);
  let i = 0;
  return html.replace(/="([^"]*)"/g, (_, v: string) => (i++ % 2 ? `='${v}"` : `="${v}'`));
}

/** Random fragments of markup spliced at random places (seeded tag soup). */
const SOUP = ['<', '>', '</', '<p>', '</div>', '<table>', '<td>', '<tr>', '<a href=', '"', "'", '<map name=pagepicmap>', '<area href=content_1.htm>', '<founder-content>', '</founder-content>', '<!--enpproperty <founder-pagenum>', '<!--<npm:article-title>-->', '&#x', '第1版：', '本报讯（记者', '（下转第2版）', '<br/>', '<img src=', '<div class=wz>', '<td class=font01>'];
export function soup(html: string, seed: number, splices: number): string {
  const r = rng(seed);
  let out = html;
  for (let i = 0; i < splices; i++) {
    const at = Math.floor(r() * (out.length + 1));
    const bits = Array.from({ length: 1 + Math.floor(r() * 6) }, () => pick(r, SOUP)).join('');
    out = out.slice(0, at) + bits + out.slice(at);
  }
  return out;
}

/** Invisible and invalid characters: zero-width, BOMs, bidi controls, lone surrogates, controls. */
export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e'];
export const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200f'];
export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
export const CONTROLS = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u2028', '\u2029', '\r', '\ufffe', '\uffff'];

/**
 * Characters from `set` inserted into the text between tags: every `every`-th character of text
 * gets one (1 = between every pair of characters, so words are split by invisible characters).
 */
export function sprinkle(html: string, set: readonly string[], seed: number, every: number): string {
  const r = rng(seed);
  let n = 0;
  return html.replace(/>([^<]+)</g, (_, text: string) => {
    let out = '';
    for (const ch of text) {
      out += ch;
      if (++n % every === 0) out += pick(r, set);
    }
    return `>${out}<`;
  });
}

/** Random UTF-16 code units (including surrogate halves and controls), `length` long. */
export function randomUnits(seed: number, length: number): string {
  const r = rng(seed);
  let s = '';
  for (let i = 0; i < length; i++) {
    const roll = r();
    s += String.fromCharCode(roll < 0.4 ? 0x4e00 + Math.floor(r() * 0x5200) : roll < 0.7 ? Math.floor(r() * 0x80) : Math.floor(r() * 0x10000));
  }
  return s;
}

/** Random bytes: what a binary file or a corrupted transfer served as text/html looks like. */
export function randomBytes(seed: number, length: number): Uint8Array {
  const r = rng(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(r() * 256);
  return out;
}
