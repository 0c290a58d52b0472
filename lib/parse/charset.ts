// Decodes a page's bytes. Order: byte-order mark, then the declared charset (HTTP header, then
// <meta>), checked against the bytes: e-papers declare GBK and serve UTF-8 (北京日报 mobile,
// with a BOM) and the reverse, so a declaration the bytes contradict loses. GBK, GB2312 and
// GB18030 all go through the gb18030 decoder, a superset of the other two.
// Never throws: the worst case is UTF-8 with replacement characters.

const GB_FAMILY = /^(gbk|gb2312|gb_2312(-80)?|gb18030|x-gbk|cp936|ms936|windows-936|csgb2312|chinese|iso-ir-58)$/;

/** Charset named in a Content-Type value such as `text/html; charset=GBK`. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Charset declared by <meta charset> or <meta http-equiv content="…charset=…"> near the top. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  // Latin-1 keeps byte offsets and never fails; markup before the declaration is ASCII.
  const head = latin1(bytes.subarray(0, 8192));
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

/** Counts well-formed multi-byte UTF-8 sequences and malformed bytes (a cut-off tail is not malformed). */
export function utf8Stats(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) break; // truncated final character
    let ok = true;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** True when the bytes read as UTF-8 with at most stray damage (a few bad bytes in a UTF-8 page). */
function looksUtf8(stats: { multibyte: number; invalid: number }): boolean {
  return stats.invalid === 0 || stats.invalid * 8 <= stats.multibyte;
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null; // unknown label
  }
}

function normalizeLabel(label: string | null): string | null {
  if (!label) return null;
  const l = label.toLowerCase();
  if (GB_FAMILY.test(l)) return 'gb18030';
  // A <meta> can only be read because the bytes are ASCII-compatible, so UTF-16 there means UTF-8.
  if (l === 'utf8' || l === 'unicode-1-1-utf-8' || l.startsWith('utf-16')) return 'utf-8';
  return l;
}

/** Which charset decodeHtml would use, and why (for tests and diagnostics). */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): { charset: string; bom: number; reason: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', bom: 3, reason: 'BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', bom: 2, reason: 'BOM' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', bom: 2, reason: 'BOM' };
  const declared = normalizeLabel(charsetFromContentType(contentType) ?? charsetFromMeta(bytes));
  const stats = utf8Stats(bytes);
  const utf8 = looksUtf8(stats);
  if (declared === 'utf-8' || declared == null) {
    if (utf8) return { charset: 'utf-8', bom: 0, reason: declared ? 'declared' : 'valid UTF-8' };
    return { charset: 'gb18030', bom: 0, reason: declared ? 'declared UTF-8 but bytes are not' : 'not UTF-8' };
  }
  // A page declaring a legacy charset whose non-ASCII bytes all form UTF-8 sequences is UTF-8:
  // real GBK text almost never does.
  if (stats.multibyte > 0 && stats.invalid === 0) return { charset: 'utf-8', bom: 0, reason: `declared ${declared} but bytes are UTF-8` };
  return { charset: declared, bom: 0, reason: 'declared' };
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  try {
    const { charset, bom } = sniffCharset(bytes, contentType);
    const body = bytes.subarray(bom);
    return decodeWith(charset, body) ?? decodeWith('utf-8', body) ?? '';
  } catch {
    return decodeWith('utf-8', bytes) ?? '';
  }
}
