// A local newspaper in the classic Founder shape (the demo's templates) whose every text field
// carries XSS payloads, plus a beacon server that records any request a payload manages to make.
// The site's pages are served with a CSP that stops the payloads from running in the site's own
// tabs, so every beacon hit can only come from an extension page (or the extension's workers).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderFounderArticle, renderFounderLayout } from '../../demo/tools/founder-templates';
import { issueDir, type DemoArticle, type DemoPage, type DemoPaper } from '../../demo/tools/site-papers';
import type { XssPayload } from './xss-payloads';

export interface Beacon {
  url: string;
  /** Paths requested, in order ("/x/17"). */
  hits: string[];
  close(): Promise<void>;
}

export async function startBeacon(): Promise<Beacon> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '/');
    res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
  });
  return listen(server, (url) => ({ url: url.replace(/\/$/, ''), hits }));
}

/** The word every article holds, for a topic that alerts on all of them. */
export const XSS_TOPIC_WORD = '城市更新';
export const ARTICLES_PER_PAGE = 10;
// 30 payload paragraphs per article (was 14): the same payloads in half the articles, because
// "保存整期" fetches one page a second per host (the polite queue), so each article page was a
// second of every XSS e2e run. Live markup keeps its share of the body (LIVE_MARKUP_PARAGRAPHS).
const PARAGRAPHS_PER_ARTICLE = 30;
const LIVE_MARKUP_PARAGRAPHS = Math.round((PARAGRAPHS_PER_ARTICLE * 3) / 14);

export interface XssSite {
  url: string;
  paper: DemoPaper;
  /** Site paths of the 版面 pages and the article pages. */
  layoutPaths: string[];
  articlePaths: string[];
  /** Which payload sits in which field of which article ("5101.title" → payload). */
  placed: Map<string, XssPayload>;
  /** Payloads put into hostile links on the 版面 pages and into image src attributes. */
  inLinks: XssPayload[];
  close(): Promise<void>;
}

const box = (i: number) => [10, 10 + i * 50, 340, 10 + i * 50, 340, 55 + i * 50, 10, 55 + i * 50];

/**
 * Lays the payloads out over as many articles as they need: intro title, title, subtitle,
 * byline, picture caption and body paragraphs each take the next payload, round-robin.
 */
export function buildXssPaper(payloads: XssPayload[]): { paper: DemoPaper; placed: Map<string, XssPayload>; inLinks: XssPayload[] } {
  const text = payloads.filter((p) => p.family !== 'url');
  const inLinks = payloads.filter((p) => p.family === 'url');
  const placed = new Map<string, XssPayload>();
  let next = 0;
  const take = (key: string): string => {
    const p = text[next++ % text.length]!;
    placed.set(key, p);
    return p.text;
  };
  const perArticle = 5 + PARAGRAPHS_PER_ARTICLE;
  const articleCount = Math.ceil(text.length / perArticle);
  const pages: DemoPage[] = [];
  for (let n = 0; n * ARTICLES_PER_PAGE < articleCount; n++) {
    const articles: DemoArticle[] = [];
    for (let i = 0; i < ARTICLES_PER_PAGE && n * ARTICLES_PER_PAGE + i < articleCount; i++) {
      const id = String(7001 + n * ARTICLES_PER_PAGE + i);
      const paragraphs = [`本报讯 江湾区第${id}号${XSS_TOPIC_WORD}项目昨天开工，街道干部和居民代表一起察看了施工现场，并就道路、绿化和停车等问题提出意见。`];
      for (let j = 0; j < PARAGRAPHS_PER_ARTICLE; j++) paragraphs.push(`居民反映的第${j + 1}个问题：${take(`${id}.p${j}`)}`);
      articles.push({
        id,
        introTitle: take(`${id}.introTitle`),
        title: `第${id}号工程${take(`${id}.title`)}`,
        subtitle: take(`${id}.subtitle`),
        author: `本报记者 ${take(`${id}.author`)}`,
        paragraphs,
        picCaption: `图为施工现场。${take(`${id}.caption`)}`,
        area: box(i),
      });
    }
    pages.push({ node: String(n + 2), number: String(n + 1), name: `测试${n + 1}版`, articles });
  }
  const paper: DemoPaper = {
    code: 'xsb',
    name: '江湾测试报',
    district: '虚构区',
    date: { y: 2026, m: 5, d: 6, weekday: '三' },
    charset: 'utf-8',
    family: 'founder-classic',
    pages,
  };
  return { paper, placed, inLinks };
}

/** The 版面 page with extra links the save job must never follow (javascript:, data:, …). */
function layoutHtml(paper: DemoPaper, page: DemoPage, inLinks: XssPayload[]): string {
  // Only links that are not http(s): following an http(s) link listed on a 版面 page is what
  // "保存整期" is for (to origins the user granted), so it would not be a payload's doing.
  const rows = inLinks.filter((p) => !/^\/\//.test(p.text)).map((p) => `  <tr><td class=px12><a href="${p.text.replace(/"/g, '&quot;')}"><div id=mp9${p.id}>链接${p.id}</div></a></td></tr>`).join('\n');
  return renderFounderLayout(paper, page).replace('</table>\n</td>\n</tr>\n</table>', `${rows}\n  </table>\n</td>\n</tr>\n</table>`);
}

/** The article page, plus the same payloads as live markup in the body and a hostile image src. */
function articleHtml(paper: DemoPaper, page: DemoPage, article: DemoArticle, inLinks: XssPayload[]): string {
  const raw = article.paragraphs.slice(1, 1 + LIVE_MARKUP_PARAGRAPHS).map((p) => `<P>${p}</P>`).join('');
  const img = inLinks.map((p) => `<img src="${p.text.replace(/"/g, '&quot;')}" alt=配图>`).join('');
  return renderFounderArticle(paper, page, article).replace('<!--</npm:article-content>-->', `${raw}${img}<!--</npm:article-content>-->`);
}

export async function startXssSite(payloads: XssPayload[]): Promise<XssSite> {
  const { paper, placed, inLinks } = buildXssPaper(payloads);
  const dir = `/${issueDir(paper)}/`;
  const files = new Map<string, string>();
  for (const page of paper.pages) {
    files.set(`${dir}node_${page.node}.htm`, layoutHtml(paper, page, inLinks));
    for (const a of page.articles) files.set(`${dir}content_${a.id}.htm`, articleHtml(paper, page, a, inLinks));
  }
  const server = http.createServer((req, res) => {
    const body = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) return void res.writeHead(404).end();
    // The site's own tabs run nothing and load nothing from elsewhere: hits come from the extension.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'self'; script-src 'none'; object-src 'none'; frame-src 'none'; style-src 'self' 'unsafe-inline'",
    });
    res.end(body);
  });
  return listen(server, (url) => ({
    url,
    paper,
    placed,
    inLinks,
    layoutPaths: paper.pages.map((p) => `${dir}node_${p.node}.htm`.slice(1)),
    articlePaths: paper.pages.flatMap((p) => p.articles.map((a) => `${dir}content_${a.id}.htm`.slice(1))),
  }));
}

async function listen<T extends object>(server: http.Server, make: (url: string) => T): Promise<T & { close(): Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return Object.assign(make(url), { close });
}
