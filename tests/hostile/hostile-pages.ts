// The hostile page generator: well-formed pages from page-shapes.ts broken in every way
// mutations.ts and charset-pages.ts know, plus huge, deep, empty and crowded pages. Pages are
// built lazily (`build()`), so the 10 MB ones exist only while they are being parsed.
import { charsetPages } from './charset-pages';
import * as m from './mutations';
import { ARTICLE_URL, founderArticle, founderLayout, LAYOUT_URL, pageText, stories, story, TEXT_URL } from './page-shapes';

export type HostileCategory = 'malformed' | 'huge' | 'deep' | 'charset' | 'count' | 'characters' | 'page-text' | 'random';

/** What the background is given: decoded HTML, raw bytes (decoded as the background does), or a page's text. */
export interface HostileInput {
  html?: string;
  bytes?: Uint8Array;
  contentType?: string | null;
  text?: string;
}

export interface HostilePage {
  name: string;
  category: HostileCategory;
  url: string | null;
  build: () => HostileInput;
  /** A several-megabyte page: few of these, each with its own time budget. */
  big?: boolean;
}

const MB = 1024 * 1024;
const article = (seed: number) => founderArticle(story(seed));
const layout = (n = 12, seed = n) => founderLayout(n, { seed });

function malformed(): HostilePage[] {
  const out: HostilePage[] = [];
  const add = (name: string, url: string, html: () => string) => out.push({ name: `malformed/${name}`, category: 'malformed', url, build: () => ({ html: html() }) });
  for (const f of [0, 0.01, 0.05, 0.1, 0.2, 0.33, 0.5, 0.66, 0.8, 0.95, 0.999]) {
    add(`article cut at ${f}`, ARTICLE_URL, () => m.truncate(article(1), f));
    add(`layout cut at ${f}`, LAYOUT_URL, () => m.truncate(layout(), f));
  }
  add('article never closes a tag', ARTICLE_URL, () => m.unclose(article(2)));
  add('layout never closes a tag', LAYOUT_URL, () => m.unclose(layout()));
  for (const tag of ['td', 'tr', 'table', 'founder-content', 'div', 'p']) add(`article without </${tag}>`, ARTICLE_URL, () => m.uncloseOnly(article(3), tag));
  for (const tag of ['a', 'li', 'ul', 'map', 'td']) add(`layout without </${tag}>`, LAYOUT_URL, () => m.uncloseOnly(layout(), tag));
  for (let s = 1; s <= 12; s++) {
    add(`article with ${s * 3} stray tags and comments (seed ${s})`, ARTICLE_URL, () => m.strays(article(s), s, s * 3));
    add(`layout with ${s * 3} stray tags and comments (seed ${s})`, LAYOUT_URL, () => m.strays(layout(), 100 + s, s * 3));
  }
  add('article: </html> and enpproperty before the body', ARTICLE_URL, () => article(4).replace('<body>', '</html><!--enpproperty <founder-pagenum>9</founder-pagenum>--><body>'));
  add('article: comment never closed', ARTICLE_URL, () => article(5).replace('<div id=ozoom', '<!-- unclosed <div id=ozoom'));
  for (let s = 1; s <= 6; s++) {
    add(`article with broken entities (seed ${s})`, ARTICLE_URL, () => m.brokenEntities(article(s), s));
    add(`layout with broken entities (seed ${s})`, LAYOUT_URL, () => m.brokenEntities(layout(), s));
  }
  for (const mode of ['none', 'open', 'mixed'] as const) {
    add(`article attributes ${mode} quotes`, ARTICLE_URL, () => m.unquoteAttributes(article(6), mode));
    add(`layout attributes ${mode} quotes`, LAYOUT_URL, () => m.unquoteAttributes(layout(), mode));
  }
  for (let s = 1; s <= 20; s++) add(`tag soup (seed ${s})`, s % 2 ? ARTICLE_URL : LAYOUT_URL, () => m.soup(s % 2 ? article(s) : layout(), s, 4 + s * 2));
  return out;
}

function hugeAndDeep(): HostilePage[] {
  const big = (name: string, category: HostileCategory, url: string, build: () => HostileInput): HostilePage => ({ name, category, url, build, big: true });
  const s = story(7);
  const unit = new TextEncoder().encode(s.paragraphs.map((p) => `<P>　　${p}</P>`).join('\n')).length;
  return [
    big('huge/10 MB article page, the bulk markup without text', 'huge', ARTICLE_URL, () => ({ html: founderArticle(s, { bodyPrefix: '<table class=spacer><tr><td style="width:1px;height:1px;background:url(../../images/dot.gif)"><img src="../../images/dot.gif" width=1 height=1 alt=""></td></tr></table>\n'.repeat(Math.ceil((10 * MB) / 150)) }) })),
    big('huge/1 MB article body (350,000 characters of text)', 'huge', ARTICLE_URL, () => ({ html: founderArticle(s, { paragraphRepeat: Math.ceil(MB / unit) }) })),
    big('huge/10 MB 版面 page (a script block pads it)', 'huge', LAYOUT_URL, () => ({ html: layout(40).replace('</head>', `<script>var pad="${'x'.repeat(10 * MB)}";</script></head>`) })),
    big('huge/300 KB of text in one unclosed <p>', 'huge', ARTICLE_URL, () => ({ html: founderArticle(s).replace('<founder-content>', `<founder-content><p>${'本报讯区里召开会议'.repeat(Math.ceil((MB * 0.3) / 27))}`) })),
    big('huge/5 MB attribute value', 'huge', LAYOUT_URL, () => ({ html: layout().replace('<body>', `<body><a id=pageLink href="node_${'9'.repeat(5 * MB)}.htm">第1版：要闻</a>`) })),
    { name: 'huge/1 MB title attribute and 20,000 attributes on one tag', category: 'huge', url: ARTICLE_URL, build: () => ({ html: article(8).replace('<table class="wz">', `<table class="wz" title="${'标'.repeat(MB / 3)}" ${Array.from({ length: 20_000 }, (_, i) => `data-a${i}=${i}`).join(' ')}>`) }) },
    { name: 'huge/100 KB of one unbroken word in the title', category: 'huge', url: ARTICLE_URL, build: () => ({ html: article(9).replace(/<founder-title>.*?<\/founder-title>/s, `<founder-title>${'山阳镇'.repeat(35_000)}</founder-title>`) }) },
    big('deep/10,000 nested <div>', 'deep', ARTICLE_URL, () => ({ html: article(10).replace('<founder-content>', `<founder-content>${'<div>'.repeat(10_000)}深处的一段话。${'</div>'.repeat(10_000)}`) })),
    big('deep/10,000 nested tables around the article', 'deep', ARTICLE_URL, () => ({ html: '<table><tr><td>'.repeat(10_000) + article(11) + '</td></tr></table>'.repeat(10_000) })),
    big('deep/10,000 unclosed <font> around the title list', 'deep', LAYOUT_URL, () => ({ html: layout().replace('<ul class="list01">', `${'<font>'.repeat(10_000)}<ul class="list01">`) })),
    big('deep/10,000 nested <li><ul> in a 版面 list', 'deep', LAYOUT_URL, () => ({ html: layout().replace('</ul>', `${'<li><ul>'.repeat(10_000)}<li><a href=content_9.htm>深层链接</a>${'</ul></li>'.repeat(10_000)}</ul>`) })),
  ];
}

function counts(): HostilePage[] {
  const c = (name: string, url: string | null, build: () => HostileInput): HostilePage => ({ name: `count/${name}`, category: 'count', url, build });
  return [
    c('版面 with 0 articles', LAYOUT_URL, () => ({ html: founderLayout(0) })),
    c('版面 with 1 article', LAYOUT_URL, () => ({ html: founderLayout(1) })),
    c('版面 with 500 areas and 500 titles', LAYOUT_URL, () => ({ html: founderLayout(500) })),
    c('版面 with 500 areas, no title list', LAYOUT_URL, () => ({ html: founderLayout(500).replace(/<ul class="list01">[\s\S]*?<\/ul>/, '') })),
    c('版面 with 500 titles, no image map', LAYOUT_URL, () => ({ html: founderLayout(500).replace(/<MAP[\s\S]*?<\/MAP>/, '') })),
    c('版面 with 500 areas all to one article', LAYOUT_URL, () => ({ html: founderLayout(500).replace(/content_\d+\.htm/g, 'content_1.htm') })),
    c('article page with an empty body', ARTICLE_URL, () => ({ html: founderArticle({ ...story(12), paragraphs: [] }) })),
    c('article page with no title and no body', ARTICLE_URL, () => ({ html: founderArticle({ introTitle: '', title: '', subtitle: '', reporter: '', correspondent: '', paragraphs: [] }) })),
    c('empty document', ARTICLE_URL, () => ({ html: '' })),
    c('whitespace only', LAYOUT_URL, () => ({ html: ' \n\t\u3000 '.repeat(1000) })),
    c('page text with 0 articles (furniture only)', TEXT_URL, () => ({ text: '某区报　2024年1月5日　第3版\n\n责任编辑 陈一\n\n扫二维码 了解详情' })),
    c('page text with 500 articles', TEXT_URL, () => ({ text: pageText(stories(13, 500, 1)) })),
    c('empty page text', TEXT_URL, () => ({ text: '' })),
    c('no URL at all', null, () => ({ html: article(14) })),
    c('a URL that is not a URL', 'javascript:alert(1)//content_1.htm', () => ({ html: article(15) })),
  ];
}

function characters(): HostilePage[] {
  const out: HostilePage[] = [];
  const sets = { 'zero-width': m.ZERO_WIDTH, bidi: m.BIDI, 'lone surrogates': m.LONE_SURROGATES, 'control characters': m.CONTROLS };
  for (const [label, set] of Object.entries(sets)) {
    for (const every of [1, 7]) {
      out.push({ name: `characters/article, ${label} every ${every}`, category: 'characters', url: ARTICLE_URL, build: () => ({ html: m.sprinkle(article(every), set, every, every) }) });
      out.push({ name: `characters/版面, ${label} every ${every}`, category: 'characters', url: LAYOUT_URL, build: () => ({ html: m.sprinkle(layout(), set, every + 1, every) }) });
      out.push({ name: `page-text/${label} every ${every}`, category: 'page-text', url: TEXT_URL, build: () => ({ text: m.sprinkle(`>${pageText(stories(every, 4))}<`, set, every + 2, every).slice(1, -1) }) });
    }
  }
  out.push({ name: 'characters/title made only of zero-width characters', category: 'characters', url: ARTICLE_URL, build: () => ({ html: founderArticle({ ...story(16), title: '\u200b\u200c\ufeff'.repeat(50) }) }) });
  out.push({ name: 'characters/every code unit 0..0xFFFF in the body', category: 'characters', url: ARTICLE_URL, build: () => ({ html: founderArticle({ ...story(17), paragraphs: [Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join('')] }) }) });
  return out;
}

function pageTexts(): HostilePage[] {
  const t = (name: string, text: () => string, big = false): HostilePage => ({ name: `page-text/${name}`, category: 'page-text', url: TEXT_URL, build: () => ({ text: text() }), big });
  const base = () => pageText(stories(20, 5));
  const out = [
    t('one 1 MB line without a break', () => base().replace(/\n/g, '').repeat(Math.ceil(MB / 3 / base().length))),
    t('only punctuation lines', () => Array.from({ length: 2000 }, (_, i) => '，。；：？！、（）《》'.slice(0, 1 + (i % 10))).join('\n')),
    t('only bylines and continuation lines', () => Array.from({ length: 500 }, (_, i) => (i % 2 ? `本报讯（记者 张明 通讯员 李华）` : `（下转第${i % 9}版）`)).join('\n\n')),
    t('10,000 blank lines between two stories', () => pageText(stories(22, 1)) + '\n'.repeat(10_000) + pageText(stories(23, 1))),
    t('spaces between every character', () => Array.from(base()).join(' ')),
    t('HTML given as page text', () => article(24)),
    t('CRLF and lone CR line ends', () => base().replace(/\n/g, (_, i: number) => (i % 2 ? '\r\n' : '\r'))),
    t('every line indented 5,000 ideographic spaces', () => base().replace(/^/gm, '\u3000'.repeat(5000))),
    t('2,000 one-character lines', () => oneCharLines(2000)),
  ];
  for (let s = 1; s <= 8; s++) out.push(t(`text cut at ${s / 9}`, () => m.truncate(base(), s / 9)));
  return out;
}

function random(): HostilePage[] {
  const out: HostilePage[] = [];
  for (let s = 1; s <= 10; s++) out.push({ name: `random/code units (seed ${s})`, category: 'random', url: s % 2 ? ARTICLE_URL : LAYOUT_URL, build: () => ({ html: m.randomUnits(s, 500 * s) }) });
  for (let s = 1; s <= 10; s++) out.push({ name: `random/bytes (seed ${s})`, category: 'random', url: ARTICLE_URL, build: () => ({ bytes: m.randomBytes(s, 1000 * s), contentType: s % 3 ? null : 'text/html; charset=gbk' }) });
  for (let s = 1; s <= 6; s++) out.push({ name: `random/text (seed ${s})`, category: 'random', url: TEXT_URL, build: () => ({ text: m.randomUnits(100 + s, 800 * s) }) });
  return out;
}

/** A text layer that broke every character onto its own line. */
export const oneCharLines = (n: number) => Array.from({ length: n }, (_, i) => '区报新闻会议'[i % 6]).join('\n');

/**
 * Pages with megabytes of article TEXT: every text stage (keywords, index terms, highlights) is
 * linear in it but jieba costs ~3 µs a character, so these take tens of seconds and run only with
 * QUBAO_HOSTILE_FULL=1 (the default suite keeps 10 MB pages whose bulk is markup).
 */
export function fullOnlyPages(): HostilePage[] {
  const s = story(7);
  const unit = new TextEncoder().encode(s.paragraphs.map((p) => `<P>　　${p}</P>`).join('\n')).length;
  const text = pageText(stories(21, 8));
  return [
    { name: 'huge/10 MB article page of paragraphs', category: 'huge', url: ARTICLE_URL, big: true, build: () => ({ html: founderArticle(s, { paragraphRepeat: Math.ceil((10 * MB) / unit) }) }) },
    { name: 'page-text/10 MB page of text', category: 'page-text', url: TEXT_URL, big: true, build: () => ({ text: text.repeat(Math.ceil((10 * MB) / 3 / text.length)) }) },
    { name: 'page-text/20,000 one-character lines', category: 'page-text', url: TEXT_URL, build: () => ({ text: oneCharLines(20_000) }) },
  ];
}

export function hostilePages(): HostilePage[] {
  return [...malformed(), ...hugeAndDeep(), ...charsetPages(), ...counts(), ...characters(), ...pageTexts(), ...random()];
}
