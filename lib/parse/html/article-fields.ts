// Where each article field lives, per template, as data: a list of sources tried in order.
//   enp:key     a field of the enpproperty comment (e-paper founder-* or web-CMS keys)
//   npm:name    the text between <!--<npm:article-name>--> and <!--</npm:article-name>-->
//   css:sel     the first matching element with text
//   credit-meta:name   the content of <meta name=…> when it names a credit role (南方日报 keeps the
//               byline only in meta[name=author]; portals put their own name there)
//   credit-css:sel   like css:, but only text that names a credit role (loosely named author boxes)
//   wz:before / wz:after   td.font02 rows before / after td.font01 in the classic table.wz
//   enpcontent  the text between <!--enpcontent--> and <!--/enpcontent-->
// Order follows docs §5 "Field priority".

export const TITLE_SOURCES = [
  'enp:founder-title', 'npm:article-title', 'css:founder-title', 'css:#article-title founder-title', 'css:#Title', 'css:.article h1',
  'css:div.text_c h1', 'css:td.font01', 'css:p.BSHARE_TEXT', 'css:font#main-title', 'css:.newsdetatit h3', 'css:#doctitle',
  'css:div.main-content h1', 'enp:title', 'css:.title h1', 'css:td.title', 'css:div.title', 'css:h1', 'css:h2',
];

export const INTRO_SOURCES = [
  'npm:article-pretitle', 'css:#PreTitle', 'css:.article h3', 'css:div.text_c h3', 'enp:founder-introtitle', 'enp:introtitle',
  'css:font#guide', 'wz:before', 'css:.newsdetatit .intro', 'css:div.intro', 'css:#yinti', 'css:div.main-content h3:first-of-type',
  // Templates that name the heading by class only (新民晚报 dzb-*-title-box and the like).
  'css:[class*="pre-title"]', 'css:[class*="pretitle"]', 'css:[class*="yinti"]',
];

export const SUBTITLE_SOURCES = [
  'npm:article-subtitle', 'css:#SubTitle', 'css:.article h2', 'css:div.text_c h2', 'enp:founder-subtitle', 'enp:subtitle',
  'css:font#sub-title', 'wz:after', 'css:div.main-content h3 ~ h1 ~ h3', 'css:.newsdetatit .sub', 'css:div.sub', 'css:#subdoctitle',
  'css:[class*="sub-title"]', 'css:[class*="subtitle"]', 'css:[class*="futi"]',
];

export const AUTHOR_SOURCES = [
  'enp:founder-author', 'npm:article-author', 'css:founder-author', 'css:.article p.sec', 'css:div.lai', 'css:.author', 'enp:author', 'credit-meta:author',
  'credit-css:p[class*="author"]', 'credit-css:div[class*="author"]',
];

/** Body containers, most specific first. */
export const BODY_SOURCES = [
  'css:founder-content', 'npm:article-content', 'enpcontent', 'css:#ozoom', 'css:.newsdetatext', 'css:cms-content',
  'css:#articleContent', 'css:#doccontent', 'css:div#content', 'css:p.dzb-desc-box', 'css:.article-content', 'css:.content',
  'dense-p',
];

/** Image rows and caption elements. */
export const IMAGE_CONTAINERS = ['table#newspic', 'div.attachment', 'table.pci_c', 'div.gallery'];
export const CAPTION_SELECTORS = ['.pictext', '.tushuo', 'p[class*="pic"]', 'div.attachment p'];
