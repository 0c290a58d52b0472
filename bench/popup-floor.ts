// The popup benchmark's baseline pages and in-page probes (bench/popup.browser-bench.ts).
// The floor: pages of the same extension, opened the same way right before each popup, that cost
// the browser alone — its process, navigation, one tiny module and a frame with one row. What the
// popup takes beyond them is ours; what they take moves with the machine's load.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The same Element Timing name as the popup's row titles (components/library/library-row.tsx).
const FLOOR_ROW = '<div class="vl-item" style="top:0;height:58px"><div role="option" data-testid="article-row"><span class="row-title" elementtiming="qubao-row">区里有关部门介绍了下一步的安排 · 示例日报 2026-11-23</span></div></div>';

/**
 * Writes the floor pages beside popup.html (its head: styles only) and returns their names:
 * floor-module.html, a tiny module that draws the row (always); with `withStatic`, also
 * floor-static.html, the row in the HTML and no script.
 */
export function writeFloorPages(extensionDir: string, withStatic: boolean): string[] {
  const popup = readFileSync(path.join(extensionDir, 'popup.html'), 'utf8')
    .replace(/<script[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  const body = `<main class="popup"><h1>区报</h1>${FLOOR_ROW}</main>`;
  writeFileSync(path.join(extensionDir, 'floor-static.html'), popup.replace('<div id="app"></div>', `<div id="app">${body}</div>`));
  writeFileSync(path.join(extensionDir, 'floor-module.html'), popup.replace('</head>', '<script type="module" src="/floor-mark.js"></script></head>'));
  writeFileSync(
    path.join(extensionDir, 'floor-mark.js'),
    `document.getElementById('app').innerHTML = ${JSON.stringify(body)};\nrequestAnimationFrame(() => setTimeout(() => performance.mark('qubao:first-row'), 0));\n`,
  );
  return withStatic ? ['floor-module.html', 'floor-static.html'] : ['floor-module.html'];
}

/**
 * In a page: when the first row title was presented on screen (Element Timing's renderTime, ms
 * since navigation), or NaN if none within `ms`. Presentation comes after the frame's commit —
 * where `qubao:first-row` is marked — by the raster and compositing of that frame.
 */
export const ROW_SHOWN_JS = (ms: number) => `new Promise((done) => {
  const seen = (list) => list.filter((e) => e.identifier === 'qubao-row').map((e) => e.renderTime || e.loadTime);
  const timer = setTimeout(() => done(NaN), ${ms});
  new PerformanceObserver((l, o) => {
    const t = seen(l.getEntries());
    if (t.length) (clearTimeout(timer), o.disconnect(), done(Math.min(...t)));
  }).observe({ type: 'element', buffered: true });
})`;

// First contentful paint, and where the page's scripts went: per chunk fetch start, end (ms since navigation) and size.
export const PAINT_JS = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const chunks = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script' || r.initiatorType === 'link' || r.initiatorType === 'other')
    .map((r) => [r.name.replace(/^.*\\//, ''), Math.round(r.startTime), Math.round(r.responseEnd), r.decodedBodySize]);
  return { fcp: fcp ? fcp.startTime : NaN, chunks };
})()`;
