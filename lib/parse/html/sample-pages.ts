// Sample pages in the shapes of ../shared/docs/epaper-platforms.md with invented text, shared by
// the HTML parser's unit and property tests (not a test file itself).

/** Classic Founder 版面 page: image map, title list, [id=pageLink] rows with PDFs, enpproperty after </html>. */
export const CLASSIC_LAYOUT = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>某区报</title></head><body>
<MAP NAME="pagepicmap">
  <Area coords="1,1,90,1,90,90,1,90" shape="polygon" href="content_101.htm">
  <Area coords="1,91,90,91,90,180,1,180" shape="polygon" href="content_102.htm?div=1">
  <Area coords="1,181,90,181,90,270,1,270" shape="polygon" href="content_103.htm">
</MAP><img src=../../1/2024-01/05/2/brief.jpg USEMAP=#PagePicMap>
<a class=preart href="node_2.htm">上一版</a><a class=preart href="node_4.htm"><span>4</span>下一版</a>
<a class=preart href="../04/node_2.htm">上一期</a>
<p class="rq">2024年1月5日　星期<font class=weekday>五</font></p>
<td class="bm01">第2版　　　<span>区情</span></td>
<ul class="list01">
  <li><a href=content_101.htm><div id=mp101>老街改造完成过半</div></a></li>
  <li><a href=content_102.htm><div id=mp102>社区食堂开到家门口</div></a></li>
  <li><a href=content_104.htm><div id=mp104>本版责编：陈一</div></a></li>
</ul>
<table><tr><td><a href=content_201.htm><div id=mp201>别的版面的文章</div></a></td></tr></table>
<table><tbody>
 <tr><td><a id=pageLink href=node_2.htm>第1版：要闻</a></td><td><a href=../../1/2024-01/05/1/p1.pdf><img src="pdf.gif"></a></td></tr>
 <tr><td><a id=pageLink href=node_3.htm>第2版：区情</a></td><td><a href=../../1/2024-01/05/2/p2.pdf><img src="pdf.gif"></a></td></tr>
 <tr><td><a id=pageLink href=node_4.htm>第3版：民生</a></td><td><a href=../../1/2024-01/05/3/p3.pdf><img src="pdf.gif"></a></td></tr>
</tbody></table>
</body></html>
<!--enpproperty <founder-date>2024-01-05 23:59:59</founder-date><founder-pagenum>2</founder-pagenum><founder-papername>某区报</founder-papername><founder-type>2</founder-type> /enpproperty-->`;

/** Founder article template: table.wz with npm:article-* comments, #newspic, #ozoom > founder-content. */
export const FOUNDER_ARTICLE = `<html><head><title>某区报</title></head><body>
<table><tr><td class=px12><a href=content_100.htm title="转到本版的上一篇报道">上一篇</a>　<a href="#">放大</a>　<a href="#">缩小</a>　<a href="javascript:readTxt()">朗读</a></td></tr></table>
<table class="wz">
 <tr valign=top><td class=font02><!--<npm:article-pretitle>-->老旧小区换新颜<!--</npm:article-pretitle>--></td></tr>
 <tr valign=top><td class=font01><founder-title><!--<npm:article-title>-->城南12个小区完成改造<!--</npm:article-title>--></founder-title></td></tr>
 <tr valign=top><td class=font02><!--<npm:article-subtitle>-->——惠及居民3000余户<!--</npm:article-subtitle>--></td></tr>
 <tr valign=top><td class=font02><founder-author><!--<npm:article-author>--><!--</npm:article-author>--></founder-author></td></tr>
</table>
<table id=newspic><tr><td><!--<npm:article-pic>--><img src="../../../images/2024-01/05/02/p1.jpg"><!--</npm:article-pic>--></td></tr>
 <tr><td class=font02><!--<npm:article-pic-text>-->改造后的小区广场。 本报记者 许多 摄<!--</npm:article-pic-text>--></td></tr></table>
<div id=ozoom style="zoom:100%"><founder-content><!--<npm:article-content>-->
<P>　　■&nbsp;某区报全媒体记者&nbsp;许多</P>
<P>　　通讯员&nbsp;沈静</P>
<P>　　去年以来，城南街道对12个老旧小区实施改造，更换雨污管道，加装充电桩。（下转第3版）</P>
<!--</npm:article-content>--></founder-content></div>
<p>责任编辑：周一</p>
<p>版权所有 某区报社 ICP备12345678号</p>
</body></html>
<!--enpproperty <founder-date>2024-01-05 00:00:00</founder-date><founder-pagenum>2</founder-pagenum><founder-papername>某区报</founder-papername><founder-type>1</founder-type> /enpproperty-->`;
