// The headless demo: visit the sample 版面 and article pages like a reader would, wait until Qubao
// has saved them, and capture the article page, the badges, the popup list and the reader.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { issueDir, JIANGWAN, MAOHE, nth, type DemoArticle } from '../demo/tools/site-papers';
import type { ChromiumSession } from '../tests/e2e/support/chromium-session';

export interface Shot {
  file: string;
  what: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Draws the toolbar badge Chromium shows for this tab into the page's top-right corner. */
async function overlayBadge(page: Page, badge: string): Promise<void> {
  await page.evaluate(`(() => {
    const box = document.createElement('div');
    box.setAttribute('style', 'position:fixed;top:8px;right:12px;z-index:99999;display:flex;align-items:center;gap:8px;' +
      'background:#f1f3f4;border:1px solid #ccc;border-radius:16px;padding:4px 12px;font:14px sans-serif;box-shadow:0 1px 4px #0003');
    const label = document.createElement('span');
    label.textContent = '区报徽标 / badge:';
    const b = document.createElement('span');
    b.textContent = ${JSON.stringify(badge || '（无）')};
    b.setAttribute('style', 'background:${badge === '版' ? '#1565c0' : badge ? '#2e7d32' : '#999'};color:#fff;border-radius:4px;padding:1px 6px;font-weight:bold');
    box.append(label, b);
    document.body.append(box);
  })()`);
}

export async function takeDemoScreenshots(s: ChromiumSession, outDir: string): Promise<Shot[]> {
  const shots: Shot[] = [];
  const shot = async (page: Page, name: string, what: string, fullPage = false) => {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file, fullPage });
    shots.push({ file, what });
  };
  const jw = nth(JIANGWAN.pages, 0);
  const [lead, photo, brief] = [0, 1, 2].map((i) => nth(jw.articles, i)) as [DemoArticle, DemoArticle, DemoArticle];
  const gbk = nth(nth(MAOHE.pages, 0).articles, 0);
  const badges: Array<{ label: string; url: string; badge: string }> = [];

  // 1. The entry stub redirects to page 1, a 版面 page.
  const layout = await s.visit(`${JIANGWAN.code}/paperindex.htm`, { expectUrl: /node_\d+\.htm$/ });
  // Show what the extension shows, but give it time to settle on 版 (the stub's result may come first).
  const layoutBadge = await s.waitForBadge(layout, (t) => t === '版', '版').catch(() => s.badge(layout));
  badges.push({ label: `${JIANGWAN.name} 第${jw.number}版（版面页）`, url: layout.url(), badge: layoutBadge });
  const firstBadge = layoutBadge;
  await overlayBadge(layout, firstBadge);
  await shot(layout, '01-layout-page.png', `版面页 ${JIANGWAN.name} 第${jw.number}版，徽标「${firstBadge}」`);

  // 2. Articles, including the GBK paper; each is saved as the page loads.
  const saved = (t: string) => t === '✓' || /^\d+$/.test(t);
  const articlePage = await s.visit(`${issueDir(JIANGWAN)}/content_${lead.id}.htm`);
  const leadBadge = await s.waitForBadge(articlePage, saved, 'saved');
  badges.push({ label: `文章页：${lead.title}`, url: articlePage.url(), badge: leadBadge });
  for (const [paper, a] of [[JIANGWAN, photo], [JIANGWAN, brief], [MAOHE, gbk]] as const) {
    const p = await s.visit(`${issueDir(paper)}/content_${a.id}.htm`);
    badges.push({ label: `文章页：${a.title}${paper.charset === 'gb2312' ? '（GBK）' : ''}`, url: p.url(), badge: await s.waitForBadge(p, saved, 'saved') });
  }
  const blog = await s.visit('blog/spring-walk.html');
  await blog.waitForTimeout(1500);
  badges.push({ label: '对照页：个人博客（不是报纸）', url: blog.url(), badge: await s.badge(blog) });
  await overlayBadge(articlePage, leadBadge);
  await shot(articlePage, '02-article-page.png', `文章页「${lead.title}」已保存，徽标「${leadBadge}」`);

  // 3. The badges of every tab, as read from the service worker.
  const status = await s.browser.context.newPage();
  await status.setViewportSize({ width: 900, height: 420 });
  const rows = badges
    .map((b) => `<tr><td>${esc(b.label)}</td><td><span class="b ${b.badge === '版' ? 'layout' : b.badge ? 'saved' : 'none'}">${esc(b.badge || '（无）')}</span></td><td class="u">${esc(b.url)}</td></tr>`)
    .join('');
  await status.setContent(`<!doctype html><meta charset="utf-8"><style>
    body{font:15px "Noto Sans CJK SC",sans-serif;margin:24px} h1{font-size:20px;color:#a11} td{padding:6px 10px;border-bottom:1px solid #eee}
    .b{color:#fff;border-radius:4px;padding:2px 8px;font-weight:bold}.saved{background:#2e7d32}.layout{background:#1565c0}.none{background:#999}
    .u{color:#888;font-size:12px}</style>
    <h1>区报徽标（chrome.action.getBadgeText）</h1><table>${rows}</table>
    <p>「版」= 版面页；「✓」或数字 = 已保存的文章；空白 = 不是报纸页面。</p>`);
  await shot(status, '03-badge-status.png', '各标签页的徽标：版面「版」、文章「✓」、博客无徽标');

  // 4. The popup, opened as a tab, lists the saved articles.
  await s.waitForSaved((l) => l.rows.some((r) => r.title === gbk.title) && l.rows.some((r) => r.title === lead.title), 'saved list');
  const popupTab = (await s.browser.context.pages()).find((p) => p.url().endsWith('/popup.html'))!;
  await popupTab.setViewportSize({ width: 440, height: 760 });
  await shot(popupTab, '04-popup-saved-list.png', 'popup.html：已保存的文章列表');

  // 5. The reader for the lead article.
  const { page: reader } = await s.openReader(lead.title);
  await reader.setViewportSize({ width: 1000, height: 1100 });
  await shot(reader, '05-reader.png', `阅读视图：「${lead.title}」`);
  return shots;
}
