// Node can decode GBK (TextDecoder('gb18030')) but ships no encoder. The demo's GBK paper must be
// served as real GBK bytes, so we build the reverse table once by decoding every two-byte GBK
// sequence (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F) and keep the first byte pair per character.

let table: Map<string, number> | null = null;

function reverseTable(): Map<string, number> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const map = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let ch: string;
      try {
        ch = decoder.decode(pair);
      } catch {
        continue; // unassigned code point in this range
      }
      // Private-use mappings are GBK's user-defined areas; real pages never rely on them.
      if (ch.length !== 1 || (ch >= '\ue000' && ch <= '\uf8ff')) continue;
      if (!map.has(ch)) map.set(ch, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

/** Encodes text as GBK bytes. Throws on a character GBK cannot hold, naming it, so a page never ships with '?'. */
export function encodeGbk(text: string): Uint8Array {
  const map = reverseTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = map.get(ch);
    if (pair === undefined) {
      throw new Error(`GBK cannot encode U+${code.toString(16).toUpperCase().padStart(4, '0')} (${ch})`);
    }
    out.push(pair >> 8, pair & 0xff);
  }
  return Uint8Array.from(out);
}
