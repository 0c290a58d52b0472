import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, startDemoServer, type DemoServer } from './server';

describe('demo server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves UTF-8 pages with a charset and the GBK paper without one', async () => {
    const utf = await fetch(new URL('jwsb/html/2026-03/18/content_5101.htm', server.url));
    expect(utf.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await utf.text()).toContain('江湾老街区改造首批居民回迁');
    const gbk = await fetch(new URL('mhb/html/2026-03/18/content_1_1.htm', server.url));
    expect(gbk.headers.get('content-type')).toBe('text/html');
    expect(new TextDecoder('gbk').decode(await gbk.arrayBuffer())).toContain('泖河区万亩良田开始翻耕');
  });

  it('serves the index for / and 404s outside the site', async () => {
    expect((await fetch(server.url)).status).toBe(200);
    expect((await fetch(new URL('nope.htm', server.url))).status).toBe(404);
    expect((await fetch(`${server.url}%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it('types binary assets without a charset', () => {
    expect(contentTypeFor('/jwsb/tplimg/pdf.gif')).toBe('image/gif');
    expect(contentTypeFor('/mhb/css/paper.css')).toBe('text/css');
    expect(contentTypeFor('/jwsb/tplimg/style.css')).toBe('text/css; charset=utf-8');
  });
});
