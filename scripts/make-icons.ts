import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png-encode';

// Draws the toolbar/store icons: a red seal-like rounded square with a white newspaper mark
// (a page with a masthead bar and text lines). Run: npx tsx scripts/make-icons.ts
// Shapes are computed per pixel with 4×4 supersampling, so every size stays crisp.

const RED: [number, number, number] = [183, 28, 28];
const WHITE: [number, number, number] = [255, 255, 255];

type Shape = (x: number, y: number) => boolean; // unit coordinates 0..1

const roundRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

const seal = roundRect(0.04, 0.04, 0.96, 0.96, 0.16);
const paper = rect(0.24, 0.2, 0.76, 0.8);
// Red marks drawn on the white page: masthead, a photo block, text lines.
const inkOnPaper: Shape[] = [
  rect(0.3, 0.27, 0.7, 0.37),
  rect(0.3, 0.44, 0.47, 0.6),
  rect(0.53, 0.44, 0.7, 0.48),
  rect(0.53, 0.53, 0.7, 0.57),
  rect(0.3, 0.65, 0.7, 0.69),
  rect(0.3, 0.72, 0.6, 0.75),
];

export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const ux = (x + (sx + 0.5) / ss) / size;
          const uy = (y + (sy + 0.5) / ss) / size;
          if (!seal(ux, uy)) continue;
          const white = paper(ux, uy) && !inkOnPaper.some((s) => s(ux, uy));
          const c = white ? WHITE : RED;
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
      const n = ss * ss;
      const i = (y * size + x) * 4;
      const cover = a / 255;
      px[i] = cover ? Math.round(r / cover) : 0;
      px[i + 1] = cover ? Math.round(g / cover) : 0;
      px[i + 2] = cover ? Math.round(b / cover) : 0;
      px[i + 3] = Math.round(a / n);
    }
  }
  return px;
}

export const ICON_SIZES = [16, 32, 48, 128] as const;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(fileURLToPath(import.meta.url), '../../public');
  for (const size of ICON_SIZES) writeFileSync(resolve(out, `icon-${size}.png`), encodePng(size, size, drawIcon(size)));
  console.log(`wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${out}`);
}
