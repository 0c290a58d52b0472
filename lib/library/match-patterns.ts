import { KNOWN_PAPERS } from '../sites/known-papers';

// Host permissions are granted per origin as match patterns. A pattern without a port matches
// every port (e-papers on raw IPs often use :8080). Requests name http and https separately:
// Chrome refuses "*://host/*" when the manifest declares "http://*/*" and "https://*/*"
// ("Only permissions specified in the manifest may be requested"), checked in Chromium 156.

export const ALL_SITES_PATTERNS = ['http://*/*', 'https://*/*'] as const;

function hostPatterns(host: string): string[] {
  return [`http://${host}/*`, `https://${host}/*`];
}

/** The patterns to request for a page's site ("在此网站启用"): its host on http and https, any port. */
export function sitePatternsForUrl(url: string): string[] | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return hostPatterns(u.hostname);
  } catch {
    return null;
  }
}

/** The pattern that says whether this very URL is covered: its own scheme, any port (for permissions.contains). */
export function coveringPatternForUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Patterns for every host of the built-in registry (path prefixes dropped: permissions are per host). */
export function knownPaperPatterns(): string[] {
  const hosts = new Set(KNOWN_PAPERS.flatMap((p) => p.hosts.map((h) => (h.split('/')[0] ?? h).toLowerCase())));
  return [...hosts].sort().flatMap(hostPatterns);
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
