// The parse contract (../shared/docs/parse-contract.md) as types. Every parser in lib/parse
// returns a ParseResult; the CLI prints it as JSON, the background stores it.

export type PageKind = 'article' | 'layout' | 'page-text' | 'none';
export type ArticleKind = 'news' | 'photo' | 'notice' | 'continuation' | 'brief' | 'other';

/** E-paper families of ../shared/docs/epaper-platforms.md. Fixture folders are named `<family>--<slug>`. */
export type FamilyId =
  | 'founder-classic' // /html/YYYY-MM/DD/node_N.htm, content_N.htm, founder-* tags, enpproperty, #ozoom, table.wz
  | 'founder-pc' // /pc/layout/, /pc/col/, /pc/con/, lettered node_A01.html, People's Daily pc (div.article, p.sec)
  | 'cnepaper' // cnepaper/aheading: .rigth_bmdh_href, #bmdhTable, tr.wzlb_tr
  | 'main-ed' // .main-ed-articlenav-list, div.main-ed-map
  | 'chunkicon' // Chunkiconbox / newsdeta template
  | 'layoutlist' // ul#layoutlist, #PreTitle/#Title/#SubTitle, div.attachment
  | 'nbs' // nbs.D110000…_01.htm, div.text_c, #titleList
  | 'fzsyun' // Founder cloud: cms-content, li.layout-catalogue-item
  | 'bjrb-mobile' // 北京日报 mobile: font#guide/#main-title/#sub-title, .nav-list-group a[data-href]
  | 'nav-list' // 湘西团结报/黔东南日报 /szb/…/l01.html: div.nav-list, div.news-list, div.tabs h3, a.b-btn
  | 'qpaper' // 怒江日报 Html/YYYY-MM-DD/Qpaper.html: #bancilist, span.banming2, #yinti/#doctitle/#doccontent
  | 'dzb' // 新民晚报 paper.xinmin.cn/html/xmwb/YYYY-MM-DD/N.html: dzb-* classes
  | 'svg-area' // 国家电网报-style SVG layouts: polygon.area[data-contentid], articles con-N.html
  | 'paperindex' // paperindex.htm meta-refresh stub
  | 'generic'; // text conventions only (第N版, 本报讯, 《报名》( 日期 第 N 版 ))

export interface Newspaper {
  name: string;
  /** 上海市金山区 etc., from the registry of known papers; null when unknown. */
  district: string | null;
}

export interface PageInfo {
  /** As printed: "1", "02", "A01". */
  number: string;
  name: string | null;
}

export interface ArticleImage {
  src: string;
  caption: string | null;
}

export interface ParsedArticle {
  title: string;
  introTitle: string | null;
  subtitle: string | null;
  kind: ArticleKind;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  /** Paragraphs in reading order joined by "\n"; no byline, no page furniture. */
  body: string;
  continuedFrom: string | null;
  continuedTo: string | null;
  url: string | null;
  /** Extensions beyond the contract (the scorer ignores them). */
  images?: ArticleImage[];
  /** Other people credited (编辑, 实习生, 校对 …) when printed, role → names. */
  otherCredits?: Record<string, string[]>;
}

export interface PageLink {
  number: string;
  name: string | null;
  url: string;
  pdfUrl: string | null;
}

export interface ParseResult {
  kind: PageKind;
  confidence: number;
  reasons: string[];
  newspaper: Newspaper | null;
  date: string | null;
  page: PageInfo | null;
  editors: string[];
  articles: ParsedArticle[];
  /** Extensions beyond the contract. */
  family?: FamilyId | null;
  /** Layout pages: every page of the issue, in order. */
  pages?: PageLink[];
  pdfUrl?: string | null;
  prevPageUrl?: string | null;
  nextPageUrl?: string | null;
  prevIssueUrl?: string | null;
  nextIssueUrl?: string | null;
  /** paperindex.htm stubs: where the meta refresh goes. */
  redirectUrl?: string | null;
  /** Set when parsing failed part-way; the rest of the result is what could be read. */
  error?: string | null;
}

/** What a parser is given. `html` is already decoded; use decodeHtml (lib/parse/charset) for bytes. */
export interface ParseInput {
  url?: string | null;
  html?: string;
  text?: string;
}

/** Word segmentation, injected so lib/parse stays free of WASM loading (jieba-wasm in lib/text). */
export interface Segmenter {
  /**
   * Words of `text`. `hmm` false: dictionary words only (no HMM guesses for unknown runs), which
   * the page-text parser uses as join evidence; omitted or true: the segmenter's normal cut.
   */
  cut(text: string, hmm?: boolean): string[];
}

export interface ParseOptions {
  segmenter?: Segmenter | null;
}

export function emptyResult(kind: PageKind = 'none', reasons: string[] = []): ParseResult {
  return {
    kind,
    confidence: 0,
    reasons,
    newspaper: null,
    date: null,
    page: null,
    editors: [],
    articles: [],
  };
}

export function emptyArticle(title = ''): ParsedArticle {
  return {
    title,
    introTitle: null,
    subtitle: null,
    kind: 'news',
    reporters: [],
    correspondents: [],
    photographers: [],
    body: '',
    continuedFrom: null,
    continuedTo: null,
    url: null,
  };
}
