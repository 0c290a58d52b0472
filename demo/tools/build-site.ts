// Generates demo/site/ from the invented papers in site-papers.ts. The output is committed (the
// GBK pages as real GBK bytes), so the demo and the e2e tests serve fixed files; build-site.test.ts
// fails when the committed files drift from this generator.
//   npx tsx demo/tools/build-site.ts        rewrite demo/site/
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cnepaperAssetPrefix, renderCnepaperArticle, renderCnepaperIndex, renderCnepaperLayout } from './cnepaper-templates';
import { pageAssetDir, pageAssetStem, renderFounderArticle, renderFounderLayout, renderPaperIndex } from './founder-templates';
import { encodeGbk } from './gbk-encode';
import { CNEPAPER_CSS, DOT_GIF, FOUNDER_CSS, MP_JS, PDF_GIF, pagePdf, pageThumbnailSvg, photoSvg } from './site-assets';
import { renderBlogPage, renderSiteIndex } from './site-extra-pages';
import { DEMO_PAPERS, isoDate, issueDir, type DemoPaper } from './site-papers';

export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../site');

type Files = Map<string, Uint8Array>;
const utf8 = (s: string) => new TextEncoder().encode(s);

function addFounderPaper(files: Files, paper: DemoPaper): void {
  const dir = issueDir(paper);
  files.set(`${paper.code}/paperindex.htm`, utf8(renderPaperIndex(paper)));
  files.set(`${paper.code}/tplimg/style.css`, utf8(FOUNDER_CSS));
  files.set(`${paper.code}/tplimg/mp.js`, utf8(MP_JS));
  files.set(`${paper.code}/tplimg/dot.gif`, DOT_GIF);
  files.set(`${paper.code}/tplimg/pdf.gif`, PDF_GIF);
  for (const page of paper.pages) {
    files.set(`${dir}/node_${page.node}.htm`, utf8(renderFounderLayout(paper, page)));
    const stem = `${pageAssetDir(paper, page)}/${pageAssetStem(paper, page)}`;
    files.set(`${stem}_brief.svg`, utf8(pageThumbnailSvg(paper, page)));
    files.set(`${stem}_pdf.pdf`, pagePdf(`${paper.code} ${isoDate(paper)} page ${page.number}`));
    for (const article of page.articles) {
      files.set(`${dir}/content_${article.id}.htm`, utf8(renderFounderArticle(paper, page, article)));
      if (article.picCaption) files.set(`${paper.code}/res/${paper.code}-${article.id}.svg`, utf8(photoSvg()));
    }
  }
}

function addCnepaperPaper(files: Files, paper: DemoPaper): void {
  const dir = issueDir(paper);
  files.set(`${paper.code}/paperindex.htm`, encodeGbk(renderCnepaperIndex(paper)));
  files.set(`${paper.code}/css/paper.css`, utf8(CNEPAPER_CSS));
  for (const page of paper.pages) {
    files.set(`${dir}/node_${page.node}.htm`, encodeGbk(renderCnepaperLayout(paper, page)));
    const prefix = cnepaperAssetPrefix(paper, page);
    files.set(`${prefix}_brief.svg`, utf8(pageThumbnailSvg(paper, page)));
    files.set(`${prefix}_pdf.pdf`, pagePdf(`${paper.code} ${isoDate(paper)} page ${page.number}`));
    for (const article of page.articles) {
      files.set(`${dir}/content_${article.id}.htm`, encodeGbk(renderCnepaperArticle(paper, page, article)));
    }
  }
}

/** Every file of the demo site, keyed by its path relative to demo/site/. */
export function buildSiteFiles(): Files {
  const files: Files = new Map();
  files.set('index.html', utf8(renderSiteIndex()));
  files.set('blog/spring-walk.html', utf8(renderBlogPage()));
  for (const paper of DEMO_PAPERS) {
    if (paper.family === 'cnepaper') addCnepaperPaper(files, paper);
    else addFounderPaper(files, paper);
  }
  return files;
}

function writeSite(): void {
  rmSync(SITE_DIR, { recursive: true, force: true });
  const files = buildSiteFiles();
  for (const [rel, bytes] of files) {
    const file = path.join(SITE_DIR, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  console.log(`wrote ${files.size} files to ${path.relative(process.cwd(), SITE_DIR) || SITE_DIR}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeSite();
