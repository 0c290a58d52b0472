// Stage 2 of detection: what the page itself says. Every signal is data: a CSS selector, a
// comment pattern or a text pattern, the kind of page it points to, a weight and the reason
// shown to the user. `any` signals say "newspaper page" without saying which kind.
// Weights reflect how specific a signal is to e-papers: founder-* markup and 版面 navigation are
// (2+); Founder web-CMS comments and 本报讯 also occur on portals and count little (≤0.5).

export type SignalKind = 'article' | 'layout' | 'any';

export interface DomSignal {
  selector: string;
  kind: SignalKind;
  weight: number;
  reason: string;
}

export interface PatternSignal {
  pattern: RegExp;
  kind: SignalKind;
  weight: number;
  reason: string;
  /** Only for plain-text input (no markup to tell an article page from a page's text). */
  textOnly?: boolean;
}

export const DOM_SIGNALS: DomSignal[] = [
  // Article body markup.
  { selector: 'founder-content', kind: 'article', weight: 2.5, reason: '有 <founder-content> 正文元素' },
  { selector: 'founder-title, founder-author', kind: 'article', weight: 1, reason: '有 <founder-title>/<founder-author> 元素' },
  { selector: 'cms-content', kind: 'article', weight: 2, reason: '有 <cms-content> 正文元素' },
  { selector: '#ozoom', kind: 'article', weight: 1.5, reason: '有 #ozoom 正文区' },
  { selector: 'table.wz td.font01', kind: 'article', weight: 1.5, reason: '有 table.wz 文章模板' },
  { selector: '#PreTitle ~ #Title, #Title ~ #SubTitle', kind: 'article', weight: 1.5, reason: '有 #PreTitle/#Title/#SubTitle 标题组' },
  { selector: '.newsdetatext', kind: 'article', weight: 1.5, reason: '有 .newsdetatext 正文区' },
  { selector: 'font#main-title', kind: 'article', weight: 1.5, reason: '有 font#main-title 标题' },
  { selector: 'font#guide, font#sub-title', kind: 'article', weight: 0.5, reason: '有 font#guide/#sub-title 引题副题' },
  { selector: 'div.text_c h1', kind: 'article', weight: 1, reason: '有 div.text_c 文章模板' },
  { selector: 'div.article p.sec', kind: 'article', weight: 1, reason: '有 div.article 与 p.sec 署名行' },
  { selector: 'table#newspic', kind: 'article', weight: 0.5, reason: '有 table#newspic 图片区' },
  { selector: '#doctitle ~ #doccontent, #yinti ~ #doctitle', kind: 'article', weight: 1.5, reason: '有 #doctitle/#doccontent 文章模板' },
  { selector: 'p.dzb-desc-box', kind: 'article', weight: 1.5, reason: '有 .dzb-desc-box 正文' },
  // 南方日报-style article pages: #content holds the enpcontent body with a text-size bar and a picture gallery.
  { selector: '#content .font_change, #content div.gallery', kind: 'article', weight: 1.5, reason: '有 #content 内的字号栏/图集' },
  // 广州日报 /pc/html/ and the older People's Daily group keep the body in #articleContent; portals use the id too, so it is weak.
  { selector: '#articleContent p', kind: 'article', weight: 1, reason: '有 #articleContent 正文区' },
  // 版面 (layout) navigation.
  { selector: '[id=pageLink]', kind: 'layout', weight: 1.5, reason: '有 [id=pageLink] 版面导航链接' },
  { selector: 'map area[href*="content_"], map area[href*="con_"]', kind: 'layout', weight: 2, reason: '有版面热区图 map area' },
  { selector: 'map area[href]', kind: 'layout', weight: 1, reason: '有热区图链接' },
  { selector: '.rigth_bmdh_href, #bmdhTable', kind: 'layout', weight: 2, reason: '有 .rigth_bmdh_href/#bmdhTable 版面导航' },
  { selector: '.main-ed-articlenav-list, #main-ed-articlenav-list', kind: 'layout', weight: 2, reason: '有 .main-ed-articlenav-list 文章导航' },
  { selector: '#layoutlist', kind: 'layout', weight: 2, reason: '有 #layoutlist 版面列表' },
  { selector: '.Chunkiconlist', kind: 'layout', weight: 2, reason: '有 .Chunkiconlist 版面列表' },
  { selector: 'li.layout-catalogue-item', kind: 'layout', weight: 2, reason: '有 li.layout-catalogue-item 版面列表' },
  { selector: '.nav-list-group a[data-href]', kind: 'layout', weight: 2, reason: '有 .nav-list-group 版面目录' },
  { selector: '#titleList', kind: 'layout', weight: 1, reason: '有 #titleList 标题列表' },
  { selector: 'polygon[data-contentid]', kind: 'layout', weight: 2, reason: '有 SVG 版面热区 polygon[data-contentid]' },
  { selector: '.dzb-enter-benban-wrap, #bancilist', kind: 'layout', weight: 1.5, reason: '有本版文章/版次列表' },
  { selector: '.news-list a', kind: 'layout', weight: 1, reason: '有 .news-list 文章列表' },
  { selector: 'a#ed_next, a#ed_pre', kind: 'layout', weight: 1.5, reason: '有 a#ed_next/#ed_pre 翻版链接' },
  { selector: 'a.preart', kind: 'layout', weight: 1, reason: '有 a.preart 翻版链接' },
];

/** Matched against each HTML comment's text. */
export const COMMENT_SIGNALS: PatternSignal[] = [
  { pattern: /<founder-type>\s*2\s*</i, kind: 'layout', weight: 3, reason: 'enpproperty 标明 founder-type 2（版面页）' },
  { pattern: /<founder-type>\s*1\s*</i, kind: 'article', weight: 1, reason: 'enpproperty 标明 founder-type 1（文章页）' },
  { pattern: /<founder-(papername|pagenum|date|title)>/i, kind: 'any', weight: 1.5, reason: 'enpproperty 带 founder-* 字段' },
  { pattern: /^\s*<npm:article-(title|content|author|pretitle|subtitle)>/i, kind: 'article', weight: 2, reason: '有 npm:article-* 注释标记' },
  { pattern: /^\s*\/?enpcontent\s*$/i, kind: 'article', weight: 0.3, reason: '有 enpcontent 注释（方正 CMS）' },
  { pattern: /^\s*enpproperty[\s\S]*<(title|introtitle|author)>/i, kind: 'article', weight: 0.2, reason: '有 enpproperty 注释（方正 CMS）' },
];

/** Matched against the page text (the first few thousand characters). */
export const TEXT_SIGNALS: PatternSignal[] = [
  {
    pattern: /《[^《》\n]{2,16}》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第?\s*[A-Za-z]{0,3}\d{1,3}\s*版\s*[)）]/,
    kind: 'article',
    weight: 2.5,
    reason: '文中有「《报名》（日期 第N版）」出处行',
  },
  {
    // 第2版：要闻, 第3版 综合新闻, 02版：要闻, and a label line of its own such as "03:嘉定新闻".
    pattern: /第\s*[A-Za-z]{0,3}\d{1,3}\s*版\s*([：:]|[ \t\u3000]+[\p{Script=Han}])|(^|\n)\s*[A-Za-z]{0,3}\d{1,3}\s*版\s*[：:]|(^|\n)[ \t]*[A-Za-z]{0,3}\d{2}\s*[：:]\s*[\p{Script=Han}]{2,8}[ \t]*(\n|$)/u,
    kind: 'any',
    weight: 0.8,
    reason: '文中有「第N版：」版面标签',
  },
  {
    // The issue date and a bare page label on one line: "2024年05月08日 A05：珠三角".
    pattern: /(^|\n)[^\n]{0,20}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]+[A-Za-z]{0,3}\d{1,3}\s*[：:]\s*[\p{Script=Han}]{2,8}[ \t]*(\n|$)/u,
    kind: 'any',
    weight: 1,
    reason: '页头有「日期 版次：版名」',
  },
  {
    // A masthead line: "某报 2021年11月24日 第3版：综合" (not the bracketed source line above).
    pattern: /(^|\n)[^\n（(]{0,20}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（()）]{0,20}?第\s*[A-Za-z]{0,3}\d{1,3}\s*版/,
    kind: 'any',
    weight: 1.5,
    reason: '页头有「日期 第N版」',
  },
  {
    // "某日报 2024年05月08日 星期三": a paper's name and the issue date on one short line.
    pattern: /(^|\n)[^\n]{0,12}(日报|晚报|时报|区报|县报|[^\s]报)[ \t\u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*(星期|周)[一二三四五六日天]/,
    kind: 'any',
    // Below 1: a newspaper's own news portal prints the same header over reposted articles.
    weight: 0.8,
    reason: '页头有报名与出版日期',
  },
  { pattern: /下一版|上一版/, kind: 'layout', weight: 1, reason: '文中有「上一版/下一版」' },
  { pattern: /版面导航|版面目录/, kind: 'layout', weight: 1, reason: '文中有「版面导航」' },
  { pattern: /本报讯/, kind: 'article', weight: 0.5, reason: '文中有「本报讯」' },
  { pattern: /(本报讯|日电)[\s\S]+(本报讯|日电)/, kind: 'layout', weight: 1.5, reason: '文中有多条电头（整版文字）', textOnly: true },
  { pattern: /(^|\n)\s*(上一期|下一期|上一篇|下一篇)/, kind: 'any', weight: 0.5, reason: '文中有「上一期/下一篇」导航' },
  { pattern: /[（(]\s*[上下][接转]\s*第?\s*[A-Za-z]{0,3}[\d一二三四五六七八九十]{1,3}\s*版\s*[)）]/, kind: 'article', weight: 0.5, reason: '文中有「上接/下转第N版」' },
];

/** Matched against the <title>. */
export const TITLE_SIGNALS: PatternSignal[] = [
  { pattern: /第\s*[A-Za-z]{0,3}\d{1,3}\s*版|数字报|电子报|电子版/, kind: 'any', weight: 1, reason: '网页标题含「第N版」或「数字报」' },
];

/** Selectors whose presence alone makes a page worth a full detection (the content script's prefilter). */
export const CANDIDATE_SELECTOR = [
  'founder-content', 'founder-title', 'cms-content', '#ozoom', 'table.wz', '[id=pageLink]', 'map area[href*="content_"]',
  '.rigth_bmdh_href', '#bmdhTable', '.main-ed-articlenav-list', '#layoutlist', '.Chunkiconlist', '.newsdetatext',
  'li.layout-catalogue-item', '.nav-list-group a[data-href]', 'font#main-title', '#PreTitle', 'a#ed_next', 'a.preart',
  'polygon[data-contentid]', '#bancilist', '#doccontent', '.dzb-enter-benban-wrap', 'p.dzb-desc-box', 'div.nav-list',
  '[id^=artPList] a', '#PagePicMap area', '#articleContent', '#catalog .box1Ul', '#list > div > h1',
].join(', ');
