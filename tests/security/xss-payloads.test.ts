import { describe, expect, it } from 'vitest';
import { xssPayloads } from './xss-payloads';

describe('xss corpus', () => {
  const list = xssPayloads('http://127.0.0.1:4321');
  it('holds at least 500 distinct payloads with distinct ids', () => {
    expect(list.length).toBeGreaterThanOrEqual(500);
    expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
    expect(new Set(list.map((p) => p.text)).size).toBe(list.length);
  });
  it('covers the classic families', () => {
    const families = new Set(list.map((p) => p.family.split('/')[0]));
    for (const f of ['script', 'img-onerror', 'svg-onload', 'iframe', 'handlers', 'link-url', 'entities', 'mxss', 'css', 'url']) expect(families).toContain(f);
  });
  it('makes every payload name its own id, so a hit says which one ran', () => {
    const readable = (t: string) => decodeURIComponent(t.replace(/%(?![0-9A-F]{2})/gi, '%25')) + (t.match(/base64,([A-Za-z0-9+/=]+)/)?.[1] ? atob(t.match(/base64,([A-Za-z0-9+/=]+)/)![1]!) : '');
    for (const p of list) expect(readable(p.text), p.text).toMatch(new RegExp(`/x/${p.id}\\b|__qubaoXss=${p.id};`));
  });
});
