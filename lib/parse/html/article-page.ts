// Article pages of every family: headings and byline from the field tables, body from the
// first body container, then the shared cleaning; page facts from page-meta.
import { mergeBylines, parseByline, type Byline } from '../conventions/byline';
import { hasRoleWord } from '../conventions/byline';
import { trailingCredit } from '../conventions/lead-byline';
import { parsePageLabel } from '../conventions/page-label';
import { attr, innerText, resolveUrl, select, selectFirst, textLines, type Document } from '../dom';
import { segmentPageText } from '../page-text/index';
import { emptyArticle, type ArticleImage, type ParseOptions, type ParsedArticle, type ParseResult } from '../types';
import { articleKindFromTitle } from './article-kind';
import { cleanBody, editorNames } from './article-body';
import { AUTHOR_SOURCES, BODY_SOURCES, CAPTION_SELECTORS, IMAGE_CONTAINERS, INTRO_SOURCES, SUBTITLE_SOURCES, TITLE_SOURCES } from './article-fields';
import { creditUnderTitle, readBodyNodes, readText } from './field-sources';
import { isMastheadLine, isPaperName, pageTitleText, paperFromTitle, readDate, readNewspaper, readPage, type MetaSources } from './page-meta';

/** An explicit author field: roles when it names them, otherwise bare names are the reporters. */
function authorByline(text: string | null): Byline | null {
  if (!text) return null;
  const t = text.replace(/[《(（]\s*[^《》]*》[\s\S]*$/, '').trim(); // p.sec: cut at the source line
  if (!t) return null;
  const b = parseByline(t);
  if (!hasRoleWord(t) && b.others['作者']) {
    b.reporters.push(...b.others['作者']);
    delete b.others['作者'];
  }
  // "记者 X 文/图" — a trailing 文/图 credits everyone named before it with the photos too.
  if (/(文\s*[/／]\s*图|图\s*[/／]\s*文)\s*$/.test(t)) {
    for (const n of [...b.reporters, ...b.correspondents]) if (!b.photographers.includes(n)) b.photographers.push(n);
  }
  return b;
}

function readImages(doc: Document, base: string | null, bodyNodes: ReturnType<typeof readBodyNodes>): ArticleImage[] {
  const roots = [...IMAGE_CONTAINERS.flatMap((s) => select(doc, s)), ...(bodyNodes?.nodes ?? [])];
  const imgs = roots.flatMap((r) => select(r, 'img[src]')).filter((i) => !/tplimg|\/images?\/(icon|btn)|\.gif$/i.test(attr(i, 'src') ?? ''));
  // Caption classes are specific enough to read page-wide (div.tushuo sits beside the body).
  const captions = [
    ...CAPTION_SELECTORS.flatMap((s) => select(doc, s)).map((el) => innerText(el)),
    ...select(doc, 'table#newspic').flatMap((t) => textLines(t)),
  ].filter(Boolean);
  const seen = new Set<string>();
  const out: ArticleImage[] = [];
  for (const [i, img] of imgs.entries()) {
    const src = resolveUrl(attr(img, 'src'), base);
    if (!src || seen.has(src)) continue;
    seen.add(src);
    out.push({ src, caption: captions[i] ?? (attr(img, 'alt')?.trim() || null) });
  }
  return out;
}

/**
 * A page whose markup names no title or body: the page-text segmentation reads its text lines
 * the way it reads a text layer (article mode: one article, subheadings kept inside).
 */
function fallbackArticles(meta: MetaSources, opts: ParseOptions): ParsedArticle[] {
  // Masthead and page-label lines are page facts (read by page-meta), not article text.
  const lines = meta.lines.filter((l) => !isMastheadLine(l) && !parsePageLabel(l));
  const { articles } = segmentPageText(lines.join('\n'), { segmenter: opts.segmenter ?? null, articleMode: true });
  return articles.filter((a) => a.title || a.body).map((a) => ({ ...a, url: a.url ?? meta.url }));
}

export function parseArticlePage(meta: MetaSources, base: string | null, result: ParseResult, opts: ParseOptions = {}): ParseResult {
  const { doc, props } = meta;
  const pageTitle = pageTitleText(doc);
  let title = readText(doc, props, TITLE_SOURCES);
  if (title && isPaperName(title)) title = null; // a masthead, not a headline
  if (!title && pageTitle) {
    // "<title>标题 - 某某日报</title>": the part that is not the paper's name.
    const paper = paperFromTitle(pageTitle);
    title = pageTitle.split(/\s*[-_|｜]+\s*/).find((p) => p && !(paper && p.includes(paper)) && !parsePageLabel(p)) ?? null;
  }
  const introTitle = readText(doc, props, INTRO_SOURCES);
  const subtitle = readText(doc, props, SUBTITLE_SOURCES);
  const bodyNodes = readBodyNodes(doc, BODY_SOURCES);
  const lines = bodyNodes?.lines ?? [];
  const authorText = readText(doc, props, AUTHOR_SOURCES) ?? creditUnderTitle(meta.lines, title, lines[0]);
  const body = cleanBody(lines, [title, introTitle, subtitle, authorText]);

  const byline = mergeBylines(authorByline(authorText) ?? parseByline(''), body.byline);
  const article: ParsedArticle = {
    ...emptyArticle(title ?? ''),
    introTitle: introTitle && introTitle !== title ? introTitle : null,
    subtitle: subtitle && subtitle !== title ? subtitle : null,
    reporters: byline.reporters,
    correspondents: byline.correspondents,
    photographers: byline.photographers,
    body: body.paragraphs.join('\n'),
    continuedFrom: body.continuedFrom,
    continuedTo: body.continuedTo,
    url: meta.url,
  };
  const images = readImages(doc, base, bodyNodes);
  // Captions credit the photographer: "游客在市集上体验。 本报记者 X 摄".
  for (const img of images) {
    const credit = img.caption ? trailingCredit(img.caption) : null;
    if (credit) mergeBylines(byline, { ...credit.byline, reporters: [], correspondents: [], others: {} });
  }
  article.photographers = byline.photographers;
  article.kind = body.continuedFrom ? 'continuation' : articleKindFromTitle(article.title);
  // A picture with a short caption credited to its photographer alone is a photo item (图片新闻).
  if (article.kind === 'news' && images.length && byline.photographers.length && !byline.reporters.length && article.body.length <= 300) article.kind = 'photo';
  if (images.length) article.images = images;
  if (Object.keys(byline.others).length) article.otherCredits = byline.others;

  const structured = !!bodyNodes && !!article.title;
  const articles = structured ? [article] : fallbackArticles(meta, opts);
  const withTitle = { ...meta, articleTitle: title ?? articles[0]?.title ?? null };
  return {
    ...result,
    newspaper: readNewspaper(withTitle),
    date: readDate(withTitle),
    page: readPage(withTitle),
    // Editor lines sit in the body or around it (a 责任编辑 row under the article).
    editors: [...new Set([...body.editors, ...meta.lines.flatMap((l) => editorNames(l) ?? [])])],
    articles: articles.length ? articles : article.title || article.body ? [article] : [],
  };
}
