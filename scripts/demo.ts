// `npm run demo`: builds Qubao with the demo hosts, serves the sample e-paper site on loopback and
// opens Chromium with the extension on the site's index (headed when a display exists).
// `npm run demo -- --headless`: walks the same path without a window and writes screenshots
// of each step and of Qubao's screens (light and dark) to .demo/screenshots/. Options: --no-build, --port N (or DEMO_PORT).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startDemoServer } from '../demo/server';
import { REPO_ROOT, CHROME_BUILD_DIR } from '../tests/e2e/support/paths';
import { ChromiumSession } from '../tests/e2e/support/chromium-session';
import { buildForE2e } from './e2e-build';
import { takeDemoScreenshots } from './demo-walkthrough';
import { takeScreenShots } from './demo-screens';
import { nth, JIANGWAN } from '../demo/tools/site-papers';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : process.env.DEMO_PORT ?? 0);
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = flag('--headless') || !hasDisplay;

if (!flag('--no-build')) buildForE2e(['chrome']);
const server = await startDemoServer({ port });
const session = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: server.url, headless });

let stopping = false;
async function stop(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true;
    await session.close();
    await server.close();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

if (headless) {
  if (!flag('--headless')) console.log('没有图形显示（DISPLAY 未设置），改为无头演示。 No display found: running the headless walkthrough.');
  const outDir = path.join(REPO_ROOT, '.demo/screenshots');
  mkdirSync(outDir, { recursive: true });
  try {
    const shots = await takeDemoScreenshots(session, outDir);
    // Qubao's own screens, light and dark: popup tabs, reader (the story with a picture), options.
    shots.push(...(await takeScreenShots(session, outDir, nth(nth(JIANGWAN.pages, 0).articles, 1).title)));
    console.log('\n区报演示截图 / Qubao demo screenshots:');
    for (const s of shots) console.log(`  ${path.relative(process.cwd(), s.file)}  — ${s.what}`);
    await stop(0);
  } catch (e) {
    console.error('演示失败 / demo failed:', e);
    await stop(1);
  }
} else {
  const page = await session.visit('index.html');
  await page.bringToFront();
  console.log(`
区报演示 / Qubao demo
  演示站 / sample site:  ${server.url}
  扩展 / extension:      ${session.extensionUrl}popup.html

在打开的 Chromium 窗口里：
  1. 点「进入电子报」打开江湾时报第1版（版面页），工具栏上的区报图标显示「版」；
  2. 点一篇文章标题，文章自动保存，图标显示「✓」；
  3. 点工具栏的区报图标（拼图图标里可固定），查看已保存的文章，点一行打开阅读视图；
  4. 泖河报是 GBK 编码的页面；「对照页」是一篇博客，区报不会保存它。
In the Chromium window: open a 版面 page (badge 版), open articles (badge ✓, saved), click the
Qubao toolbar icon to see the saved list and open one in the reader. Ctrl+C here to stop.`);
  session.browser.context.on('close', () => void stop(0));
}
