import { KNOWN_PAPERS } from '../sites/known-papers';

// Host permissions are granted per origin as match patterns. A pattern without a port matches
// every port (e-papers on raw IPs often use :8080), and "*://" covers http and https.

export const ALL_SITES_PATTERNS = ['http://*/*', 'https://*/*'] as const;

/** "*://host/*" for an http(s) URL, or null for anything else (chrome://, file://, about:). */
export function originPatternForUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `*://${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** The pattern that says whether this very URL is covered: its own scheme, any port (for permissions.contains). */
export function coveringPatternForUrl(url: string): string | null {
  const any = originPatternForUrl(url);
  return any ? any.replace('*://', `${new URL(url).protocol}//`) : null;
}

/** One pattern per host of the built-in registry (path prefixes dropped: permissions are per host). */
export function knownPaperPatterns(): string[] {
  const hosts = new Set(KNOWN_PAPERS.flatMap((p) => p.hosts.map((h) => (h.split('/')[0] ?? h).toLowerCase())));
  return [...hosts].sort().map((h) => `*://${h}/*`);
}

/** Only web patterns are usable for content scripts; drops e.g. "<all_urls>"-less internal schemes. */
export function webPatterns(origins: readonly string[]): string[] {
  const ok = origins.filter((o) => /^(\*|https?):\/\/[^/]+\/.*$/.test(o) || o === '<all_urls>');
  return [...new Set(ok)].sort();
}

/** Whether a URL is covered by a match pattern (scheme, host with "*." wildcard, path glob; any port). */
export function patternMatchesUrl(pattern: string, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme = '', host = '', path = ''] = m;
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  const h = u.hostname.toLowerCase();
  const ph = host.toLowerCase().replace(/:\d+$/, '');
  if (ph !== '*') {
    if (ph.startsWith('*.')) {
      const base = ph.slice(2);
      if (h !== base && !h.endsWith(`.${base}`)) return false;
    } else if (ph !== h) return false;
  }
  const re = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(u.pathname + u.search);
}
