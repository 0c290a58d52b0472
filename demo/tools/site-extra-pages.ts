// The demo site's own index (lists the sample papers) and a page that is not a newspaper at all
// (a personal blog post), which the extension must leave alone.
import { chineseDate, DEMO_PAPERS, issueDir, nth, type DemoPaper } from './site-papers';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paperEntry(paper: DemoPaper): string {
  const first = nth(paper.pages, 0);
  const articles = paper.pages
    .flatMap((p) => p.articles.map((a) => ({ p, a })))
    .map(({ a }) => `<li><a href="${issueDir(paper)}/content_${a.id}.htm">${esc(a.title)}</a></li>`)
    .join('\n        ');
  const encoding = paper.charset === 'gb2312' ? 'GBK 编码（gb2312）' : 'UTF-8';
  const family = paper.family === 'cnepaper' ? 'cnepaper/aheading 托管模板' : '经典方正电子报模板';
  return `    <section class="paper">
      <h2>${esc(paper.name)} <small>${chineseDate(paper)} · ${family} · ${encoding}</small></h2>
      <p>
        <a href="${paper.code}/paperindex.htm">进入电子报（paperindex.htm）</a> ·
        <a href="${issueDir(paper)}/node_${first.node}.htm">第${first.number}版：${esc(first.name)}</a>
      </p>
      <ul>
        ${articles}
      </ul>
    </section>`;
}

export function renderSiteIndex(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>区报演示站 · Qubao demo site</title>
  <style>
    body { font-family: "Noto Sans CJK SC", sans-serif; max-width: 760px; margin: 2em auto; line-height: 1.7; color: #222; }
    h1 { color: #a11; } .paper { border-top: 1px solid #ddd; padding-top: .5em; } small { color: #777; font-weight: normal; font-size: 60%; }
    .note { background: #f6f3ea; padding: .6em 1em; border-radius: 6px; }
  </style>
</head>
<body>
  <h1>区报演示站</h1>
  <p class="note">这里的两份报纸和全部文章都是为演示虚构的，仿照上海区级报纸的版式与文风。
  打开任意版面或文章页，区报扩展会识别并保存文章；点击工具栏上的区报图标查看已保存的文章。<br>
  Every paper and article here is invented for the demo. Open a page and the Qubao extension saves it.</p>
${DEMO_PAPERS.map(paperEntry).join('\n')}
  <section class="paper">
    <h2>对照页 <small>不是报纸</small></h2>
    <p><a href="blog/spring-walk.html">一篇个人博客：周末去江边走走</a>（区报不应保存这一页）</p>
  </section>
</body>
</html>
`;
}

export function renderBlogPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>周末去江边走走 · 小林的随手记</title>
  <style>body { font-family: "Noto Sans CJK SC", sans-serif; max-width: 680px; margin: 2em auto; line-height: 1.8; }
  nav a { margin-right: 1em; } .meta { color: #888; }</style>
</head>
<body>
  <nav><a href="../index.html">首页</a><a href="#">归档</a><a href="#">关于我</a></nav>
  <article>
    <h1>周末去江边走走</h1>
    <p class="meta">发布于 2026-03-15 · 标签：散步、拍照</p>
    <p>周六天气很好，吃过午饭就骑车去了江边。沿着步道一直往南走，樱花开了一小半，拍照的人比花还多。</p>
    <p>走累了就在驿站坐了一会儿，喝了杯热豆浆。回来的路上顺便去菜场买了春笋，晚上做了油焖笋。</p>
    <p>下周想去郊野公园看油菜花，不知道会不会下雨。</p>
  </article>
  <section class="comments">
    <h2>评论（2）</h2>
    <p>阿杰：照片拍得真好！</p>
    <p>木木：油焖笋求菜谱～</p>
  </section>
  <footer>© 2026 小林的随手记</footer>
</body>
</html>
`;
}
