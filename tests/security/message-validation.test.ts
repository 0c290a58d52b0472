// Every message the background accepts, mutated: unknown fields, wrong types, oversized strings
// and arrays are rejected by the validator of its family, before any handler runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, TEXT_LIMITS, validatePageCaptured, validatePageRequest, validateSetHighlight, validateTextMessage, type ValidationResult } from '@/lib/protocol';
import { validateAlertMessage } from '@/lib/protocol-alerts';
import { CONTENT_MESSAGES, EXTENSION_PAGE_MESSAGES, OPTIONAL_FIELDS } from './valid-messages';

/** The background's order of validators (entrypoints/background/messages.ts dispatch). */
function validateAny(msg: unknown): ValidationResult<unknown> {
  if ((msg as { type?: unknown } | null)?.type === 'page/captured') return validatePageCaptured(msg);
  return validateTextMessage(msg) ?? validateAlertMessage(msg) ?? validatePageRequest(msg);
}

const ALL = { ...CONTENT_MESSAGES, ...EXTENSION_PAGE_MESSAGES };
const HUGE = 'x'.repeat(LIMITS.htmlChars + 1);

describe('message catalogue', () => {
  it('has a valid example of every message type declared in lib/protocol*.ts', () => {
    const lib = path.resolve(__dirname, '../../lib');
    const declared = new Set<string>();
    for (const f of readdirSync(lib).filter((n) => /^protocol.*\.ts$/.test(n) && !n.endsWith('.test.ts'))) {
      for (const m of readFileSync(path.join(lib, f), 'utf8').matchAll(/\btype: '([a-z-]+\/[a-z-]+)'/g)) declared.add(m[1]!);
    }
    declared.delete('highlight/set'); // popup → content script, tested below
    expect([...declared].filter((t) => !(t in ALL))).toEqual([]);
  });

  it.each(Object.entries(ALL))('accepts the example of %s', (_type, msg) => {
    expect(validateAny(msg)).toMatchObject({ ok: true });
  });
});

describe('rejections', () => {
  it.each([null, undefined, 42, 'page/captured', [], [{ type: 'tab/status', tabId: 1 }], {}, { type: 'no/such' }, { type: 42 }])('rejects %j', (msg) => {
    expect(validateAny(msg).ok).toBe(false);
  });

  for (const [type, msg] of Object.entries(ALL)) {
    const fields = Object.keys(msg).filter((k) => k !== 'type');
    it(`${type}: an unknown field`, () => {
      expect(validateAny({ ...msg, extra: 1 }).ok).toBe(false);
      // A structured clone can carry an own "__proto__" key (JSON.parse makes one): a field like any other.
      expect(validateAny(JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(msg).slice(1)}`)).ok).toBe(false);
      expect(validateAny({ ...msg, constructor: 'x' }).ok).toBe(false);
    });
    for (const field of fields) {
      it(`${type}.${field}: wrong types and oversized values`, () => {
        for (const bad of [{ evil: 1 }, HUGE, [HUGE], NaN, -1, true]) {
          // true is a valid value for boolean fields, -1 never is, NaN never is.
          if (typeof bad === 'boolean' && typeof msg[field] === 'boolean') continue;
          expect(validateAny({ ...msg, [field]: bad }), `${field} = ${String(bad).slice(0, 20)}`).toMatchObject({ ok: false });
        }
      });
      if (!OPTIONAL_FIELDS.has(`${type}.${field}`)) {
        it(`${type}.${field}: missing`, () => {
          const { [field]: _gone, ...rest } = msg;
          expect(validateAny(rest).ok).toBe(false);
        });
      }
    }
  }

  it('page/captured: html over the size limit, urls that are not http(s) or too long', () => {
    const base = CONTENT_MESSAGES['page/captured']!;
    expect(validateAny({ ...base, html: 'a'.repeat(LIMITS.htmlChars) }).ok).toBe(true);
    expect(validateAny({ ...base, html: 'a'.repeat(LIMITS.htmlChars + 1) }).ok).toBe(false);
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd', 'chrome-extension://abc/popup.html', 'moz-extension://abc/x', 'about:blank', 'blob:http://a/1', `http://a.cn/${'p'.repeat(LIMITS.urlChars)}`, 'http//no-scheme', ''])
      expect(validateAny({ ...base, url }).ok, url.slice(0, 40)).toBe(false);
    expect(validateAny({ ...base, title: 't'.repeat(LIMITS.titleChars + 1) }).ok).toBe(false);
  });

  it('site/set-mode: only an exact http(s) origin', () => {
    const base = EXTENSION_PAGE_MESSAGES['site/set-mode']!;
    for (const origin of ['http://a.cn/', 'http://a.cn/path', 'javascript:1', 'HTTP://A.CN', `http://${'a'.repeat(300)}.cn`, 'file://'])
      expect(validateAny({ ...base, origin }).ok, origin.slice(0, 30)).toBe(false);
  });

  it('text messages: bounded lists of bounded strings', () => {
    const hl = CONTENT_MESSAGES['page/highlight']!;
    expect(validateAny({ ...hl, texts: Array(TEXT_LIMITS.texts + 1).fill('a') }).ok).toBe(false);
    expect(validateAny({ ...hl, texts: ['a'.repeat(TEXT_LIMITS.textChars + 1)] }).ok).toBe(false);
    expect(validateAny({ ...hl, texts: ['a', 1] }).ok).toBe(false);
    const ft = EXTENSION_PAGE_MESSAGES['text/find-terms']!;
    expect(validateAny({ ...ft, terms: ['x'.repeat(TEXT_LIMITS.termChars + 1)] }).ok).toBe(false);
    expect(validateAny({ ...ft, terms: Array(TEXT_LIMITS.terms + 1).fill('x') }).ok).toBe(false);
    const q = EXTENSION_PAGE_MESSAGES['search/query']!;
    expect(validateAny({ ...q, query: 'q'.repeat(TEXT_LIMITS.queryChars + 1) }).ok).toBe(false);
    expect(validateAny({ ...q, limit: TEXT_LIMITS.resultLimit + 1 }).ok).toBe(false);
  });

  it('alert messages: bounded id lists, topic fields and intervals', () => {
    const read = EXTENSION_PAGE_MESSAGES['alerts/read']!;
    expect(validateAny({ ...read, ids: Array(1001).fill('a') }).ok).toBe(false);
    expect(validateAny({ ...read, ids: ['a'.repeat(3001)] }).ok).toBe(false);
    const topic = EXTENSION_PAGE_MESSAGES['topic/save']! as { topic: Record<string, unknown> };
    expect(validateAny({ ...topic, topic: { ...topic.topic, anyOf: Array(10_000).fill('词') } }).ok).toBe(false);
    expect(validateAny({ ...topic, topic: { ...topic.topic, name: '名'.repeat(100_000) } }).ok).toBe(false);
    expect(validateAny({ ...topic, topic: { ...topic.topic, script: '<script>' } }).ok).toBe(false);
    const prefs = EXTENSION_PAGE_MESSAGES['follow/prefs']!;
    for (const h of [0, 0.1, 25, Infinity]) expect(validateAny({ ...prefs, intervalHours: h }).ok).toBe(false);
  });

  it('highlight/set (popup → content script) takes one boolean and nothing else', () => {
    expect(validateSetHighlight({ type: 'highlight/set', on: true }).ok).toBe(true);
    expect(validateSetHighlight({ type: 'highlight/set', on: 'yes' }).ok).toBe(false);
    expect(validateSetHighlight({ type: 'highlight/set', on: true, html: '<b>' }).ok).toBe(false);
  });
});
