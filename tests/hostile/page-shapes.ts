// Well-formed pages in the real e-paper shapes (Founder article, Founder 版面 with an image map,
// a page's text), filled with text written here from a small invented vocabulary. The hostile
// generator (hostile-pages.ts) breaks these; a seed picks words so pages differ.

export const PLACES = ['山阳镇', '金山卫镇', '朱泾镇', '枫泾镇', '张堰镇', '亭林镇', '吕巷镇', '廊下镇', '漕泾镇', '石化街道'];
export const THINGS = ['保障性租赁住房', '城市更新', '老旧小区', '乡村振兴', '营商环境', '垃圾分类', '河道整治', '养老服务', '社区食堂', '公交线路'];
const ACTIONS = ['调研', '开工', '验收', '推进会', '签约', '揭牌', '座谈', '部署', '督查', '培训'];
const NAMES = ['张明', '李华', '王芳', '陈一', '赵磊', '周敏', '吴涛', '郑洁'];

/** Deterministic pseudo-random numbers (mulberry32): the same seed builds the same page. */
export function rng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export interface Story {
  introTitle: string;
  title: string;
  subtitle: string;
  reporter: string;
  correspondent: string;
  paragraphs: string[];
}

export function story(seed: number, paragraphs = 4): Story {
  const r = rng(seed);
  const place = pick(r, PLACES);
  const thing = pick(r, THINGS);
  const paras = Array.from({ length: paragraphs }, (_, i) => {
    const a = pick(r, ACTIONS);
    return `${place}围绕${pick(r, THINGS)}召开${a}，相关负责人介绍了第${i + 1}阶段的进展情况，要求各部门加强协同、压实责任，确保年内见到实效。`;
  });
  return {
    introTitle: `聚焦${thing}`,
    title: `${place}推进${thing}工作（${seed % 1000}）`,
    subtitle: `——年内新增项目${(seed % 90) + 10}个`,
    reporter: pick(r, NAMES),
    correspondent: pick(r, NAMES),
    paragraphs: paras,
  };
}

export const ARTICLE_URL = 'http://epaper.example.cn/html/2024-01/05/content_101.htm';
export const LAYOUT_URL = 'http://epaper.example.cn/html/2024-01/05/node_3.htm';
export const TEXT_URL = 'http://epaper.example.cn/text/2024-01/05/page_3.txt';

const ENP = (page: number, type: number) =>
  `<!--enpproperty <founder-date>2024-01-05 00:00:00</founder-date><founder-pagenum>${page}</founder-pagenum><founder-papername>某区报</founder-papername><founder-type>${type}</founder-type> /enpproperty-->`;

/** The head, with the charset declaration placed where asked (or left out). */
export function head(charset: string | null, extra = ''): string {
  const meta = charset ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">` : '';
  return `<html><head>${meta}<title>某区报</title>${extra}</head>`;
}

/** Founder article template: table.wz title rows, #ozoom > founder-content, enpproperty after </html>. */
export function founderArticle(s: Story, opts: { charset?: string | null; bodyPrefix?: string; paragraphRepeat?: number } = {}): string {
  const paras = s.paragraphs.map((p) => `<P>　　${p}</P>`).join('\n');
  const body = opts.paragraphRepeat ? paras.repeat(opts.paragraphRepeat) : paras;
  return `${head(opts.charset === undefined ? 'utf-8' : opts.charset)}<body>${opts.bodyPrefix ?? ''}
<table class="wz">
 <tr valign=top><td class=font02><!--<npm:article-pretitle>-->${s.introTitle}<!--</npm:article-pretitle>--></td></tr>
 <tr valign=top><td class=font01><founder-title><!--<npm:article-title>-->${s.title}<!--</npm:article-title>--></founder-title></td></tr>
 <tr valign=top><td class=font02><!--<npm:article-subtitle>-->${s.subtitle}<!--</npm:article-subtitle>--></td></tr>
</table>
<div id=ozoom style="zoom:100%"><founder-content><!--<npm:article-content>-->
<P>　　本报讯（记者 ${s.reporter} 通讯员 ${s.correspondent}）${s.paragraphs[0] ?? ''}</P>
${body}
<!--</npm:article-content>--></founder-content></div>
</body></html>
${ENP(2, 1)}`;
}

/** Founder 版面 page: an image map with one area per article, the title list, the page list. */
export function founderLayout(articles: number, opts: { charset?: string | null; pages?: number; seed?: number } = {}): string {
  const r = rng(opts.seed ?? articles);
  const areas: string[] = [];
  const items: string[] = [];
  for (let i = 0; i < articles; i++) {
    const y = (i % 50) * 20;
    const x = Math.floor(i / 50) * 90;
    areas.push(`<Area coords="${x},${y},${x + 90},${y},${x + 90},${y + 19},${x},${y + 19}" shape="polygon" href="content_${1000 + i}.htm">`);
    items.push(`<li><a href=content_${1000 + i}.htm><div id=mp${1000 + i}>${pick(r, PLACES)}${pick(r, THINGS)}之${i + 1}</div></a></li>`);
  }
  const pages = Array.from({ length: opts.pages ?? 8 }, (_, i) => `<tr><td><a id=pageLink href=node_${i + 2}.htm>第${i + 1}版：${pick(r, ['要闻', '区情', '民生', '综合'])}</a></td><td><a href=../../1/2024-01/05/${i + 1}/p${i + 1}.pdf>PDF</a></td></tr>`);
  return `${head(opts.charset === undefined ? 'utf-8' : opts.charset)}<body>
<MAP NAME="pagepicmap">
${areas.join('\n')}
</MAP><img src=../../1/2024-01/05/3/brief.jpg USEMAP=#PagePicMap>
<a class=preart href="node_2.htm">上一版</a><a class=preart href="node_4.htm">下一版</a>
<p class="rq">2024年1月5日　星期五</p>
<td class="bm01">第3版　　　<span>民生</span></td>
<ul class="list01">
${items.join('\n')}
</ul>
<table><tbody>
${pages.join('\n')}
</tbody></table>
</body></html>
${ENP(3, 2)}`;
}

/** A printed page's text: several stories with bylines, a continuation line and the editor. */
export function pageText(stories: Story[]): string {
  const parts = stories.map((s) => [s.title, `本报讯（记者 ${s.reporter} 通讯员 ${s.correspondent}）${s.paragraphs[0] ?? ''}`, ...s.paragraphs.slice(1)].join('\n'));
  return [`某区报　2024年1月5日　星期五　第3版　民生`, ...parts, '（下转第4版）', '责任编辑 陈一'].join('\n\n');
}

export const stories = (seed: number, n: number, paragraphs = 3): Story[] => Array.from({ length: n }, (_, i) => story(seed * 1000 + i, paragraphs));
