// Classic Founder (方正) e-paper pages, in the shapes of ../shared/docs/epaper-platforms.md §1.1:
// uppercase legacy markup, unquoted attributes, an image map whose name differs in case from
// usemap, the repeated id=pageLink list, mp{id} title divs, and the enpproperty trailer that
// real servers emit after </html>.
import { chineseDate, isoDate, nth, pad2, type DemoArticle, type DemoPage, type DemoPaper } from './site-papers';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Page-file folder of one printed page, relative to the site root, as S1 stores them: {code}/html/1/YYYY-MM/DD/{n}/ */
export function pageAssetDir(paper: DemoPaper, page: DemoPage): string {
  const { y, m, d } = paper.date;
  return `${paper.code}/html/1/${y}-${pad2(m)}/${pad2(d)}/${page.number}`;
}

export function pageAssetStem(paper: DemoPaper, page: DemoPage): string {
  const { y, m, d } = paper.date;
  return `${y}${pad2(m)}${pad2(d)}${page.number}`;
}

function head(paper: DemoPaper, title: string): string {
  return `<HTML>
<HEAD>
<meta http-equiv="X-UA-Compatible" content="IE=7">
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>${esc(title)}</TITLE>
<link href="../../../tplimg/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../../tplimg/mp.js"></script>
</HEAD>
<BODY leftmargin=0 topmargin=0>
<table width=1000 border=0 align=center cellpadding=0 cellspacing=0 class=masthead>
  <tr><td class=paper-name>${esc(paper.name)}</td>
  <td class=px12 align=right>${chineseDate(paper)}　星期<font class=weekday>${paper.date.weekday}</font></td></tr>
</table>
`;
}

const foot = (paper: DemoPaper) => `<table width=1000 align=center class=footer><tr><td align=center>版权所有 ${esc(paper.name)}社　未经书面授权不得转载　沪ICP备00000000号（示例）</td></tr></table>
</BODY>
</HTML>`;

function pageNav(paper: DemoPaper): string {
  const rows = paper.pages.map((p, i) => {
    const pdf = `../../1/${paper.date.y}-${pad2(paper.date.m)}/${pad2(paper.date.d)}/${p.number}/${pageAssetStem(paper, p)}_pdf.pdf`;
    return `  <tr${i % 2 ? '' : ' bgcolor=#e8e8e8'}><td height=25><a id=pageLink href=node_${p.node}.htm>第${p.number}版：${esc(p.name)}</a></td>
  <td width=30 align=center><a href=${pdf}><img src="../../../tplimg/pdf.gif" border=0 alt=PDF></a></td></tr>`;
  });
  return `<table width=100% border=0 cellpadding=0 cellspacing=0 class=pagelist>
  <tr><td class=px12b colspan=2>版面导航</td></tr>
${rows.join('\n')}
</table>`;
}

export function renderFounderLayout(paper: DemoPaper, page: DemoPage): string {
  const idx = paper.pages.indexOf(page);
  const next = paper.pages[idx + 1];
  const prev = paper.pages[idx - 1];
  const dir = `../../1/${paper.date.y}-${pad2(paper.date.m)}/${pad2(paper.date.d)}/${page.number}/${pageAssetStem(paper, page)}`;
  const areas = page.articles
    .map((a) => `<Area coords="${a.area.join(',')}" shape="polygon" href="content_${a.id}.htm">`)
    .join('\n');
  const titles = page.articles
    .map((a) => `  <tr><td class=px12 height=24><img src=../../../tplimg/dot.gif border=0> <a href=content_${a.id}.htm><div id=mp${a.id} style="display:inline">${esc(a.title)}</div></a></td></tr>`)
    .join('\n');
  const nav = [
    prev ? `<a class=preart href="node_${prev.node}.htm"><span style='font-family:webdings'>3</span>上一版</a>` : '',
    next ? `<a class=preart href="node_${next.node}.htm"><span style='font-family:webdings'>4</span>下一版</a>` : '',
  ].join('　');
  return `${head(paper, paper.name)}<table width=1000 border=0 align=center cellpadding=0 cellspacing=0>
<tr>
<td width=360 valign=top>
  <table width=100%><tr><td class="bm01">第${page.number}版 <span>${esc(page.name)}</span></td></tr></table>
  <img src=${dir}_brief.svg width=350 height=550 border=0 USEMAP=#PagePicMap>
  <MAP NAME="pagepicmap">
${areas}
  </MAP>
  <SCRIPT FOR=pagepicmap EVENT=onmouseover()>drawLine(event.srcElement)</SCRIPT>
</td>
<td width=290 valign=top>
${pageNav(paper)}
  <p>${nav}</p>
</td>
<td width=350 valign=top>
  <table width=100% border=0 cellpadding=0 cellspacing=0 id=titleList>
  <tr><td class=px12b>本版标题</td></tr>
${titles}
  </table>
</td>
</tr>
</table>
${foot(paper)}
<!--enpproperty <founder-date>${isoDate(paper)} 23:59:59</founder-date><founder-pagenum>${page.number}</founder-pagenum><founder-papername>${esc(paper.name)}</founder-papername><founder-type>2</founder-type><founder-pagepicurl>${paper.code}/page/${page.number}/${pageAssetStem(paper, page)}_icon.jpg</founder-pagepicurl><founder-content>${esc(paper.name)}</founder-content> /enpproperty-->
`;
}

function row(cls: string, marker: string, value: string, wrap?: string): string {
  const inner = `<!--<npm:article-${marker}>-->${esc(value)}<!--</npm:article-${marker}>-->`;
  return `  <tr valign=top><td class=${cls} align=center>${wrap ? `<${wrap}>${inner}</${wrap}>` : inner}</td></tr>`;
}

export function renderFounderArticle(paper: DemoPaper, page: DemoPage, article: DemoArticle): string {
  const i = page.articles.indexOf(article);
  const prev = page.articles[i - 1];
  const next = page.articles[i + 1];
  const pic = article.picCaption
    ? `  <tr><td><table id=newspic width=100% border=0 cellspacing=0 cellpadding=0>
    <tr><td align=center><!--<npm:article-pic>--><img src=../../../res/${paper.code}-${article.id}.svg width=420 border=0><!--</npm:article-pic>--></td></tr>
    <tr><td class=font06 align=center><!--<npm:article-pic-text>-->${esc(article.picCaption)}<!--</npm:article-pic-text>--></td></tr>
  </table></td></tr>\n`
    : '';
  const body = article.paragraphs.map((p) => `<P>${esc(p)}</P>`).join('');
  const links = [
    prev ? `<a href=content_${prev.id}.htm title=转到本版的上一篇报道>上一篇</a>` : '',
    next ? `<a href=content_${next.id}.htm title=转到本版的下一篇报道>下一篇</a>` : '',
  ].join('　');
  return `${head(paper, paper.name)}<table width=1000 border=0 align=center cellpadding=0 cellspacing=0>
<tr><td class=px12>第${page.number}版：${esc(page.name)}　<a href=node_${page.node}.htm>返回本版</a></td></tr>
</table>
<table width=1000 border=0 align=center cellpadding=0 cellspacing=0><tr><td width=720 valign=top>
<table width=100% border=0 cellspacing=0 cellpadding=0 class=wz>
${row('font02', 'pretitle', article.introTitle ?? '')}
${row('font01', 'title', article.title, 'founder-title')}
${row('font02', 'subtitle', article.subtitle ?? '')}
${row('font02', 'author', article.author, 'founder-author')}
${pic}  <tr><td><div id=ozoom class=content style="zoom:100%"><founder-content><!--<npm:article-content>-->${body}<!--</npm:article-content>--></founder-content></div></td></tr>
</table>
<table width=100% class=tools><tr><td>${links}</td>
<td align=right><a href="javascript:void(0)" onclick="ozoom.style.zoom='120%'">放大</a> <a href="javascript:void(0)" onclick="ozoom.style.zoom='80%'">缩小</a> <a href="javascript:void(0)" onclick="ozoom.style.zoom='100%'">默认</a></td></tr></table>
</td></tr></table>
${foot(paper)}
<!--enpproperty <founder-date>${isoDate(paper)}</founder-date><founder-author>${esc(article.author)}</founder-author><founder-pagenum>${page.number}</founder-pagenum><founder-papername>${esc(paper.name)}</founder-papername><founder-type>1</founder-type><founder-title>${esc(article.title)}</founder-title> /enpproperty-->
`;
}

export function renderPaperIndex(paper: DemoPaper): string {
  const { y, m, d } = paper.date;
  const first = nth(paper.pages, 0);
  return `<HTML><HEAD>
<META HTTP-EQUIV="REFRESH" CONTENT="0; URL=html/${y}-${pad2(m)}/${pad2(d)}/node_${first.node}.htm">
</HEAD><BODY></BODY></HTML>
`;
}
