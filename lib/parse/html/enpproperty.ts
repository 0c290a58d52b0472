// The Founder property comment (<!--enpproperty <founder-date>…</founder-date> … /enpproperty-->),
// found before, inside or after </html>. E-papers use founder-* keys; the web CMS uses bare ones
// (<title>, <introtitle>, <author>), which People's Daily wraps in <p>.

export type EnpProperties = Record<string, string>;

const FIELD = /<([a-z][\w-]*)>([\s\S]*?)<\/\1>/gi;

function clean(v: string): string {
  return v
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim();
}

/** All fields of every enpproperty comment; the first non-empty value of a key wins. */
export function readEnpProperties(comments: string[]): EnpProperties {
  const out: EnpProperties = {};
  for (const c of comments) {
    if (!/^\s*enpproperty\b/i.test(c)) continue;
    for (const m of c.matchAll(FIELD)) {
      const key = (m[1] ?? '').toLowerCase();
      const value = clean(m[2] ?? '');
      if (value && !(key in out)) out[key] = value;
    }
  }
  return out;
}

/** First non-empty property among keys. */
export function enp(props: EnpProperties, ...keys: string[]): string | null {
  for (const k of keys) if (props[k]) return props[k];
  return null;
}
