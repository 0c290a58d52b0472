// Shared by the Chromium and Firefox XSS end-to-end tests: what each extension page is checked
// for after it rendered the hostile library, the short payloads used where fields are limited
// (topic names), and the extension pages to open. Page-side code is a plain JavaScript string,
// evaluated by Playwright or Puppeteer alike.
import { XSS_TOPIC_WORD } from './xss-site';

/** Short payloads for topic names (40 characters at most), each naming its id. */
export function topicNamePayloads(beacon: string, startId: number): { id: number; text: string }[] {
  const host = beacon.replace(/^https?:\/\//, '');
  const forms = [
    (id: number) => `<img src=x onerror=alert(${id})>`,
    (id: number) => `<svg onload=alert(${id})>`,
    (id: number) => `<script>alert(${id})</script>`,
    (id: number) => `"><iframe srcdoc=<script>alert(${id})>`,
    (id: number) => `<img src=//${host}/x/${id}>`,
    (id: number) => `<a href=javascript:alert(${id})>点</a>`,
    (id: number) => `<style>@import'//${host}/x/${id}'`,
    (id: number) => `<details open ontoggle=alert(${id})>`,
  ];
  return forms.map((f, i) => ({ id: startId + i, text: f(startId + i) })).filter((p) => p.text.length <= 40);
}

/** A topic/save message that alerts on every hostile article. */
export function topicMessage(name: string) {
  return { type: 'topic/save', topic: { name, anyOf: [XSS_TOPIC_WORD], mustHave: [], exclude: [], newspapers: [], scope: 'both', mode: 'word' } };
}

/** Words the reader highlights (its ?hl= parameter): highlights must be elements around text. */
export const HOSTILE_HIGHLIGHTS = ['<script>', 'onerror', XSS_TOPIC_WORD, '"><'];

export interface PageCheck {
  url: string;
  /** Set by a payload that ran. */
  marker: unknown;
  /** Markup that came from page content: handlers, script-ish elements, dangerous URLs. */
  injected: string[];
  /** Characters of rendered text that hold payload source (shows the hostile data was shown as text). */
  payloadText: number;
  /** securitypolicyviolation events recorded by the init script (Chromium) or since load. */
  csp: string[];
}

/** Evaluates to a PageCheck for the extension page it runs in. */
export const CHECK_PAGE_JS = `(() => {
  const injected = [];
  const own = location.origin + '/';
  const dangerous = /^\\s*(javascript|data|vbscript):/i;
  const urlAttrs = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'srcdoc'];
  for (const el of document.querySelectorAll('*')) {
    for (const at of Array.from(el.attributes)) {
      const name = at.name.toLowerCase();
      if (name.startsWith('on')) injected.push(el.tagName + '[' + name + ']');
      if (urlAttrs.includes(name) && (dangerous.test(at.value) || /\\/x\\/\\d+/.test(at.value))) injected.push(el.tagName + '[' + name + '=' + at.value.slice(0, 60) + ']');
      if (name === 'srcdoc' || name === 'style' && /url\\(|expression|@import/i.test(at.value)) injected.push(el.tagName + '[' + name + ']');
    }
  }
  // Tags Qubao's own UI never renders (it has forms and inputs, but no images, svg or frames).
  const inBody = document.body ? document.body.querySelectorAll('script, iframe, frame, object, embed, base, meta, link, style, svg, math, img, video, audio, picture, source, template, noscript, marquee, details, xmp') : [];
  for (const el of inBody) injected.push('<' + el.tagName.toLowerCase() + '> in body');
  for (const s of document.scripts) if (!s.src || !s.src.startsWith(own) || s.textContent.trim()) injected.push('script ' + (s.src || s.textContent.slice(0, 40)));
  for (const l of document.querySelectorAll('link[href]')) if (!l.href.startsWith(own)) injected.push('link ' + l.href);
  const text = document.body ? document.body.innerText : '';
  // Every payload names its beacon path or marker (or is a base64/percent-encoded form of one).
  const payloadText = (text.match(/__qubaoXss|\\/x\\/\\d+|%2Fx%2F\\d+|alert\\(|base64,/gi) || []).length;
  return { url: location.href, marker: window.top.__qubaoXss ?? window.__qubaoXss ?? null, injected, payloadText, csp: window.__qubaoCsp || [] };
})()`;

/** Installed before any page script (Chromium's addInitScript): records CSP violations. */
export const RECORD_CSP_JS = `(() => {
  window.__qubaoCsp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__qubaoCsp.push(e.violatedDirective + ' ' + e.blockedURI), true);
})()`;

/** Reads the saved article ids from the extension's own IndexedDB (run in an extension page). */
export const READ_ARTICLE_IDS_JS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('qubao');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('articles', 'readonly');
    const req = tx.objectStore('articles').getAllKeys();
    req.onsuccess = () => { resolve(req.result.map(String)); open.result.close(); };
    req.onerror = () => reject(req.error);
  };
})`;

/** Extension pages to open once the library holds the hostile articles (paths relative to the extension root). */
export function pagesToCheck(articleIds: string[], layoutTabId: number | null): string[] {
  const hl = HOSTILE_HIGHLIGHTS.map((w) => `hl=${encodeURIComponent(w)}`).join('&');
  return [
    'popup.html',
    'popup.html?tab=alerts',
    'popup.html?tab=follow',
    `popup.html?q=${encodeURIComponent(XSS_TOPIC_WORD)}`,
    `popup.html?q=${encodeURIComponent('script')}`,
    ...(layoutTabId != null ? [`popup.html?tabId=${layoutTabId}`] : []),
    'options.html',
    'digest.html',
    ...articleIds.map((id) => `reader.html?id=${encodeURIComponent(id)}&${hl}`),
  ];
}
