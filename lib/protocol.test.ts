import { describe, expect, it } from 'vitest';
import { LIMITS, isOrigin, validatePageCaptured, validatePageRequest } from './protocol';

const page = { type: 'page/captured', url: 'http://115.236.76.50:8080/wldsb/html/2026-01/02/content_1.htm', html: '<p>x</p>', title: '报' };

describe('validatePageCaptured', () => {
  it('accepts a well-formed capture', () => {
    expect(validatePageCaptured(page)).toEqual({ ok: true, value: page });
  });

  it.each([
    ['non-http url', { ...page, url: 'javascript:alert(1)' }],
    ['file url', { ...page, url: 'file:///etc/passwd' }],
    ['long url', { ...page, url: `https://a.cn/${'x'.repeat(LIMITS.urlChars)}` }],
    ['huge html', { ...page, html: 'x'.repeat(LIMITS.htmlChars + 1) }],
    ['html not a string', { ...page, html: 5 }],
    ['extra field', { ...page, manual: true }],
    ['missing title', { type: 'page/captured', url: page.url, html: '' }],
    ['wrong type', { ...page, type: 'tab/save' }],
    ['null', null],
  ])('rejects %s', (_name, msg) => {
    expect(validatePageCaptured(msg).ok).toBe(false);
  });
});

describe('validatePageRequest', () => {
  it('accepts each request', () => {
    expect(validatePageRequest({ type: 'tab/status', tabId: 3 }).ok).toBe(true);
    expect(validatePageRequest({ type: 'tab/save', tabId: 0 }).ok).toBe(true);
    expect(validatePageRequest({ type: 'sites/sync' }).ok).toBe(true);
    expect(validatePageRequest({ type: 'site/set-mode', origin: 'https://a.cn', mode: 'ask' }).ok).toBe(true);
  });

  it('rejects bad fields and unknown types', () => {
    expect(validatePageRequest({ type: 'tab/status', tabId: -1 }).ok).toBe(false);
    expect(validatePageRequest({ type: 'tab/save', tabId: '1' }).ok).toBe(false);
    expect(validatePageRequest({ type: 'site/set-mode', origin: 'https://a.cn/path', mode: 'ask' }).ok).toBe(false);
    expect(validatePageRequest({ type: 'site/set-mode', origin: 'https://a.cn', mode: 'always' }).ok).toBe(false);
    expect(validatePageRequest({ type: 'page/captured' }).ok).toBe(false);
    expect(validatePageRequest('tab/status').ok).toBe(false);
  });
});

describe('save-job requests', () => {
  it('accepts a layout save by tab and scope, and a cancel by job id', () => {
    expect(validatePageRequest({ type: 'layout/save', tabId: 4, scope: 'issue' })).toEqual({ ok: true, value: { type: 'layout/save', tabId: 4, scope: 'issue' } });
    expect(validatePageRequest({ type: 'job/cancel', jobId: 7 })).toEqual({ ok: true, value: { type: 'job/cancel', jobId: 7 } });
  });

  it.each([
    ['unknown scope', { type: 'layout/save', tabId: 4, scope: 'site' }],
    ['no tab', { type: 'layout/save', scope: 'page' }],
    ['a URL instead of a tab', { type: 'layout/save', tabId: 4, scope: 'page', url: 'http://a.cn/' }],
    ['job id 0', { type: 'job/cancel', jobId: 0 }],
    ['fractional job id', { type: 'job/cancel', jobId: 1.5 }],
    ['job id as text', { type: 'job/cancel', jobId: '3' }],
  ])('rejects %s', (_name, msg) => {
    expect(validatePageRequest(msg).ok).toBe(false);
  });
});

describe('isOrigin', () => {
  it('accepts origins with ports and IPs only', () => {
    expect(isOrigin('http://115.236.76.50:8080')).toBe(true);
    expect(isOrigin('https://a.cn/')).toBe(false);
    expect(isOrigin('chrome-extension://abc')).toBe(false);
  });
});
