import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, decodeHtml, sniffCharset, utf8Stats } from './charset';

// GBK bytes written by hand: 本报讯 = b1be b1a8 d1b6, 第 = b5da, 版 = b0e6.
const GBK_BENBAOXUN = [0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6];
const GBK_DI_BAN = [0xb5, 0xda, 0x31, 0xb0, 0xe6]; // 第1版
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
const bytes = (...parts: number[][]) => new Uint8Array(parts.flat());
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

describe('charset sniffing', () => {
  it('has a gb18030 decoder in this runtime (full ICU)', () => {
    expect(new TextDecoder('gb18030').decode(bytes(GBK_BENBAOXUN))).toBe('本报讯');
    expect(new TextDecoder('gbk').decode(bytes(GBK_DI_BAN))).toBe('第1版');
  });

  it('reads charset from Content-Type and meta tags', () => {
    expect(charsetFromContentType('text/html; charset=GBK')).toBe('gbk');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromMeta(bytes(ascii('<meta charset="gb2312">')))).toBe('gb2312');
    expect(charsetFromMeta(bytes(ascii('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">')))).toBe('utf-8');
    expect(charsetFromMeta(bytes(ascii('<p>no meta</p>')))).toBeNull();
  });

  it('decodes a page that declares GBK and is GBK', () => {
    const page = bytes(ascii('<meta charset=gbk><p>'), GBK_BENBAOXUN, ascii('</p>'));
    expect(decodeHtml(page)).toContain('<p>本报讯</p>');
  });

  it('trusts a UTF-8 BOM over a GBK meta tag', () => {
    const page = bytes([0xef, 0xbb, 0xbf], ascii('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'), utf8('第2版 要闻'));
    expect(sniffCharset(page).reason).toBe('BOM');
    const text = decodeHtml(page);
    expect(text.startsWith('<meta')).toBe(true); // BOM removed
    expect(text).toContain('第2版 要闻');
  });

  it('reads UTF-8 without BOM even when GBK is declared', () => {
    const page = bytes(ascii('<meta charset="GBK">'), utf8('区报头版新闻'));
    expect(decodeHtml(page)).toContain('区报头版新闻');
  });

  it('reads GBK when UTF-8 is declared but the bytes are not UTF-8', () => {
    const page = bytes(ascii('<meta charset="utf-8"><p>'), GBK_BENBAOXUN, GBK_DI_BAN, ascii('</p>'));
    expect(sniffCharset(page).charset).toBe('gb18030');
    expect(decodeHtml(page)).toContain('本报讯第1版');
  });

  it('reads GBK pages with no declaration, and the Content-Type header too', () => {
    expect(decodeHtml(bytes(ascii('<p>'), GBK_BENBAOXUN))).toBe('<p>本报讯');
    expect(decodeHtml(bytes(GBK_DI_BAN), 'text/html; charset=gb2312')).toBe('第1版');
  });

  it('keeps UTF-8 when a UTF-8 page has one stray bad byte', () => {
    const page = bytes(utf8('这是一段很长的正文内容'.repeat(3)), [0xff], utf8('结尾'));
    expect(sniffCharset(page).charset).toBe('utf-8');
    expect(decodeHtml(page)).toContain('结尾');
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = bytes([0xff, 0xfe], [...Buffer.from('第3版', 'utf16le')]);
    expect(decodeHtml(le)).toBe('第3版');
  });

  it('does not count a character cut off at the end as damage', () => {
    const cut = utf8('新闻').slice(0, 5);
    expect(utf8Stats(bytes(cut))).toEqual({ multibyte: 1, invalid: 0 });
  });

  it('never throws, whatever the bytes or labels', () => {
    expect(decodeHtml(new Uint8Array(0))).toBe('');
    expect(typeof decodeHtml(bytes(ascii('<meta charset="x-no-such-charset">abc')))).toBe('string');
    expect(decodeHtml(bytes(ascii('<meta charset="x-no-such-charset">abc')))).toContain('abc');
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(() => decodeHtml(noise, 'text/html; charset=bogus')).not.toThrow();
  });
});
