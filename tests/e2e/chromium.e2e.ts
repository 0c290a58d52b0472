// The built extension in Debian's Chromium, headless, against the demo e-paper site. Tests run in
// order and share one browser profile: each step adds to the library the next steps look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, MAOHE, nth } from '../../demo/tools/site-papers';
import { stopServiceWorkers } from './support/chromium';
import { ChromiumSession } from './support/chromium-session';
import { CHROME_BUILD_DIR } from './support/paths';
import { sameDay, type SavedList } from './support/saved-list';

const jwPage1 = nth(JIANGWAN.pages, 0);
const jwPage2 = nth(JIANGWAN.pages, 1);
const lead = nth(jwPage1.articles, 0);
const photo = nth(jwPage1.articles, 1);
const briefWithBodyByline = nth(jwPage1.articles, 2);
const fire = nth(jwPage2.articles, 1);
const mhPage1 = nth(MAOHE.pages, 0);
const gbkLead = nth(mhPage1.articles, 0);
const gbkPark = nth(mhPage1.articles, 1);
const gbkLibrary = nth(mhPage1.articles, 2);
const jw = (file: string) => `${issueDir(JIANGWAN)}/${file}`;
const mh = (file: string) => `${issueDir(MAOHE)}/${file}`;
const titles = (list: SavedList) => list.rows.map((r) => r.title);
const countTitle = (list: SavedList, title: string) => list.rows.filter((r) => r.title === title).length;

describe('Qubao in Chromium', () => {
  let server: DemoServer;
  let s: ChromiumSession;

  beforeAll(async () => {
    server = await startDemoServer();
    s = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: server.url });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('starts with an empty library', async () => {
    const list = await s.savedList();
    expect(list.empty).toBe(true);
    expect(list.rows).toEqual([]);
  });

  it('follows paperindex.htm to the 版面 page and marks it 版, saving no article', async () => {
    const page = await s.visit(`${JIANGWAN.code}/paperindex.htm`, { expectUrl: /node_2\.htm$/ });
    expect(await s.waitForBadge(page, (t) => t === '版', '版')).toBe('版');
    const list = await s.savedList();
    expect(list.rows).toEqual([]);
    // The meta-refresh stub is not a page that failed to parse: nothing to keep for it.
    expect(list.failed).toBe(0);
    await page.close();
  });

  it('saves an article page, shows ✓ on its badge and lists it with paper, date and page', async () => {
    const failedBefore = (await s.savedList()).failed;
    const page = await s.visit(jw(`content_${lead.id}.htm`));
    await s.waitForBadge(page, (t) => t === '✓' || /^\d+$/.test(t), 'saved');
    const list = await s.waitForSaved((l) => titles(l).includes(lead.title), lead.title);
    const row = list.rows.find((r) => r.title === lead.title)!;
    expect(row.paper).toContain(JIANGWAN.name);
    expect(sameDay(row.date, '2026-03-18')).toBe(true);
    expect(row.page).toMatch(/(^|\D)1(\D|$)/);
    expect(row.page).toContain(jwPage1.name);
    // The article page prints 第1版：要闻 next to a 返回本版 link; the link is furniture, not the page name.
    expect(row.page).not.toContain('返回本版');
    expect(list.failed).toBe(failedBefore);
    await page.close();
  });

  it('opens the reader with headline, 引题, 副题, byline, meta, body and the original link', async () => {
    const { page, view } = await s.openReader(lead.title);
    expect(view.title).toBe(lead.title);
    expect(view.introTitle).toBe(lead.introTitle);
    expect(view.subtitle).toContain('三百余户居民喜迁新居');
    expect(view.byline).toContain('陈思远');
    expect(view.byline).toContain('周晓岚');
    expect(view.meta).toContain(JIANGWAN.name);
    expect(view.body).toContain('一间一间地介绍新家');
    expect(view.body).toContain('户均使用面积由十九平方米增加到三十二平方米');
    expect(view.body).not.toContain('返回本版');
    expect(view.originalLink).toBe(new URL(jw(`content_${lead.id}.htm`), server.url).href);
    await page.close();
  });

  it('credits the photographer of a photo article and the reporters named only in the body', async () => {
    const tabs = [await s.visit(jw(`content_${photo.id}.htm`)), await s.visit(jw(`content_${briefWithBodyByline.id}.htm`))];
    await s.waitForSaved((l) => titles(l).includes(photo.title) && titles(l).includes(briefWithBodyByline.title), 'photo + brief');
    await Promise.all(tabs.map((t) => t.close()));

    const shot = await s.openReader(photo.title);
    expect(shot.view.byline).toContain('刘一鸣');
    expect(shot.view.body).toContain('休憩驿站');
    await shot.page.close();

    const brief = await s.openReader(briefWithBodyByline.title);
    expect(brief.view.byline).toContain('王佳宁');
    expect(brief.view.byline).toContain('孙浩');
    expect(brief.view.body).toContain('日间照料');
    expect(brief.view.body).not.toMatch(/通讯员\s*孙浩/);
    await brief.page.close();
  });

  it('stores an article once when it is revisited and open in a second tab', async () => {
    const before = await s.savedList();
    const a = await s.visit(jw(`content_${lead.id}.htm`));
    const b = await s.visit(jw(`content_${lead.id}.htm`));
    await s.waitForBadge(b, (t) => t !== '', 'set');
    // A fresh article afterwards: once it is listed, both revisits have been handled too.
    const c = await s.visit(mh(`content_${gbkPark.id}.htm`));
    const after = await s.waitForSaved((l) => titles(l).includes(gbkPark.title), gbkPark.title);
    expect(countTitle(after, lead.title)).toBe(1);
    expect(after.rows.length).toBe(before.rows.length + 1);
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  it('leaves a page that is not a newspaper alone', async () => {
    const before = await s.savedList();
    const blog = await s.visit('blog/spring-walk.html');
    const next = await s.visit(mh(`content_${gbkLibrary.id}.htm`));
    const after = await s.waitForSaved((l) => titles(l).includes(gbkLibrary.title), gbkLibrary.title);
    expect(await s.badge(blog)).toBe('');
    expect(after.rows.length).toBe(before.rows.length + 1);
    expect(after.rows.some((r) => r.title.includes('周末去江边走走'))).toBe(false);
    await Promise.all([blog.close(), next.close()]);
  });

  it('reads a GBK (gb2312) page served without a charset header as correct Chinese', async () => {
    const page = await s.visit(mh(`content_${gbkLead.id}.htm`));
    const list = await s.waitForSaved((l) => titles(l).includes(gbkLead.title), gbkLead.title);
    expect(list.rows.find((r) => r.title === gbkLead.title)!.paper).toContain(MAOHE.name);
    const { page: reader, view } = await s.openReader(gbkLead.title);
    expect(view.introTitle).toBe(gbkLead.introTitle);
    expect(view.byline).toContain('钱晓峰');
    expect(view.body).toContain('无人驾驶拖拉机');
    expect(view.body).not.toMatch(/[\uFFFD]|锟斤拷/);
    await Promise.all([page.close(), reader.close()]);
  });

  it('still saves after Chrome stops the idle service worker', async () => {
    const failedBefore = (await s.savedList()).failed;
    const probe = await s.visit('index.html');
    await stopServiceWorkers(probe);
    await probe.close();
    const page = await s.visit(jw(`content_${fire.id}.htm`));
    await s.waitForBadge(page, (t) => t === '✓' || /^\d+$/.test(t), 'saved after restart');
    const list = await s.waitForSaved((l) => titles(l).includes(fire.title), fire.title);
    expect(list.failed).toBe(failedBefore);
    await page.close();
  });
});
