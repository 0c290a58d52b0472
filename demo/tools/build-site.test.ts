import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteFiles, SITE_DIR } from './build-site';
import { encodeGbk } from './gbk-encode';
import { DEMO_PAPERS, MAOHE, nth } from './site-papers';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe('demo site generator', () => {
  const files = buildSiteFiles();

  it('matches the committed demo/site byte for byte (run `npx tsx demo/tools/build-site.ts` after edits)', () => {
    expect(listFiles(SITE_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [rel, bytes] of files) {
      expect(Buffer.compare(readFileSync(path.join(SITE_DIR, rel)), Buffer.from(bytes)), rel).toBe(0);
    }
  });

  it('writes the GBK paper as GBK bytes that decode back to the article text', () => {
    const article = nth(nth(MAOHE.pages, 0).articles, 0);
    const bytes = files.get(`mhb/html/2026-03/18/content_${article.id}.htm`)!;
    expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes)).not.toContain(article.title);
    const text = new TextDecoder('gbk').decode(bytes);
    expect(text).toContain('charset=gb2312');
    expect(text).toContain(`<p class="BSHARE_TEXT">${article.title}</p>`);
    expect(text).toContain(nth(article.paragraphs, 1));
  });

  it('gives every Founder article page the template markers the parser keys on', () => {
    for (const paper of DEMO_PAPERS.filter((p) => p.family === 'founder-classic')) {
      for (const page of paper.pages) {
        const layout = new TextDecoder().decode(files.get(`${paper.code}/html/2026-03/18/node_${page.node}.htm`)!);
        expect(layout.match(/id=pageLink/g)).toHaveLength(paper.pages.length);
        expect(layout).toMatch(/<\/HTML>\n<!--enpproperty .*<founder-type>2<\/founder-type>/);
        for (const a of page.articles) {
          expect(layout).toContain(`<a href=content_${a.id}.htm><div id=mp${a.id}`);
          const html = new TextDecoder().decode(files.get(`${paper.code}/html/2026-03/18/content_${a.id}.htm`)!);
          expect(html).toContain('class=wz');
          expect(html).toContain('<div id=ozoom');
          expect(html).toContain(`<founder-title><!--<npm:article-title>-->${a.title}<!--</npm:article-title>--></founder-title>`);
        }
      }
    }
  });
});

describe('encodeGbk', () => {
  it('round-trips Chinese text, full-width punctuation and ASCII', () => {
    const s = '第1版：要闻 “嵌入式”养老——（记者 王佳宁）　　ok 123';
    expect(new TextDecoder('gbk').decode(encodeGbk(s))).toBe(s);
    expect(Buffer.from(encodeGbk('中')).toString('hex')).toBe('d6d0');
  });

  it('refuses characters GBK cannot hold instead of writing a replacement', () => {
    expect(() => encodeGbk('😀')).toThrow(/U\+1F600/);
  });
});
