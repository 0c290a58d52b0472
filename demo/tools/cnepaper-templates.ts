// cnepaper/aheading (搜报网) hosted pages, shape (a) of ../shared/docs/epaper-platforms.md §1.1:
// table#bmdhTable with the real "rigth_bmdh_href" typo, tr.wzlb_tr article rows, td#currentBM,
// div#main-ed-map, a#bigbmshowpdf, a#ed_pre/a#ed_next with javascript:alert at the ends, and
// p.BSHARE_TEXT titles on article pages. These pages declare gb2312 and are written as GBK bytes.
import { chineseDate, isoDate, nth, pad2, type DemoArticle, type DemoPage, type DemoPaper } from './site-papers';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function cnepaperAssetPrefix(paper: DemoPaper, page: DemoPage): string {
  const { y, m, d } = paper.date;
  return `${paper.code}/images/${y}-${pad2(m)}/${pad2(d)}/${page.number}/${y}${pad2(m)}${pad2(d)}${page.number}`;
}

function head(paper: DemoPaper): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>${esc(paper.name)}</title>
<link type="text/css" rel="stylesheet" href="../../../css/paper.css" />
</head>
<body>
<div id="header"><span class="logo">${esc(paper.name)}</span><span class="date">${chineseDate(paper)} 星期${paper.date.weekday}</span></div>
`;
}

function trailer(paper: DemoPaper, page: DemoPage, type: number, extra = ''): string {
  return `<!--enpproperty <founder-date>${isoDate(paper)}</founder-date>${extra}<founder-pagenum>${page.number}</founder-pagenum><founder-papername>${esc(paper.name)}</founder-papername><founder-type>${type}</founder-type> /enpproperty-->\n`;
}

function edLinks(paper: DemoPaper, page: DemoPage): string {
  const i = paper.pages.indexOf(page);
  const prev = paper.pages[i - 1];
  const next = paper.pages[i + 1];
  const pre = prev ? `node_${prev.node}.htm` : `javascript:alert('已经是第一版')`;
  const nxt = next ? `node_${next.node}.htm` : `javascript:alert('已经是最后一版')`;
  return `<a id="ed_pre" href="${pre}">上一版</a> <a id="ed_next" href="${nxt}">下一版</a>`;
}

export function renderCnepaperLayout(paper: DemoPaper, page: DemoPage): string {
  const pdf = `../../../${cnepaperAssetPrefix(paper, page).slice(paper.code.length + 1)}_pdf.pdf`;
  const img = `../../../${cnepaperAssetPrefix(paper, page).slice(paper.code.length + 1)}_brief.svg`;
  const bmdh = paper.pages
    .map((p) => `<tr class="bmdh_tr"><td class="default"><a class="rigth_bmdh_href" href="node_${p.node}.htm">第${p.number}版：${esc(p.name)}</a></td></tr>`)
    .join('\n');
  const areas = page.articles
    .map((a) => `<area shape="poly" coords="${a.area.join(',')}" href="content_${a.id}.htm" />`)
    .join('\n');
  const list = page.articles
    .map((a) => `<tr class="wzlb_tr"><td class="default"><div><a href="content_${a.id}.htm">${esc(a.title)}</a></div></td></tr>`)
    .join('\n');
  return `${head(paper)}<table width="1000" align="center"><tr>
<td id="currentBM">第${page.number}版：<strong>${esc(page.name)}</strong></td>
<td align="right">${edLinks(paper, page)} <a id="bigbmshowpdf" href="${pdf}">PDF下载</a></td>
</tr></table>
<table width="1000" align="center"><tr>
<td width="360" valign="top"><div id="main-ed-map"><img src="${img}" width="350" height="550" border="0" usemap="#PagePicMap" />
<map name="PagePicMap" id="PagePicMap">
${areas}
</map></div></td>
<td width="280" valign="top"><div class="bmdh_title">版面导航</div>
<table id="bmdhTable" width="100%">
${bmdh}
</table></td>
<td valign="top"><div class="wzlb_title">本版文章</div>
<table id="wzlbTable" width="100%">
${list}
</table></td>
</tr></table>
<div id="footer">${esc(paper.name)}社 版权所有（示例站点）</div>
</body>
</html>
${trailer(paper, page, 2)}`;
}

export function renderCnepaperArticle(paper: DemoPaper, page: DemoPage, article: DemoArticle): string {
  const body = article.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `${head(paper)}<table width="1000" align="center"><tr>
<td id="currentBM">第${page.number}版：<strong>${esc(page.name)}</strong></td>
<td align="right"><a href="node_${page.node}.htm">返回版面</a></td>
</tr></table>
<div class="detail" style="width:760px;margin:0 auto">
<p id="PreTitle" class="font02">${esc(article.introTitle ?? '')}</p>
<p class="BSHARE_TEXT">${esc(article.title)}</p>
<p id="SubTitle" class="font02">${esc(article.subtitle ?? '')}</p>
<p class="font03"><founder-author>${esc(article.author)}</founder-author></p>
<div id="ozoom" style="zoom:100%"><founder-content>
${body}
</founder-content></div>
</div>
<div id="footer">${esc(paper.name)}社 版权所有（示例站点）</div>
</body>
</html>
${trailer(paper, page, 1, `<founder-title>${esc(article.title)}</founder-title><founder-author>${esc(article.author)}</founder-author>`)}`;
}

export function renderCnepaperIndex(paper: DemoPaper): string {
  const { y, m, d } = paper.date;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="refresh" content="0; url=html/${y}-${pad2(m)}/${pad2(d)}/node_${nth(paper.pages, 0).node}.htm" />
<title>${esc(paper.name)}</title></head><body></body></html>
`;
}
