// Binary and auxiliary files the sample pages link to: page thumbnails (SVG stand-ins for the
// JPEG scans real sites serve, with the hotspot boxes drawn so the image map makes sense),
// per-page PDFs, the template's tiny GIF icons, a style sheet and the template script.
import type { DemoPage, DemoPaper } from './site-papers';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageThumbnailSvg(paper: DemoPaper, page: DemoPage): string {
  const blocks = page.articles.map((a) => {
    const xs = a.area.filter((_, i) => i % 2 === 0);
    const ys = a.area.filter((_, i) => i % 2 === 1);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    const w = Math.max(...xs) - x;
    const h = Math.max(...ys) - y;
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fbfaf6" stroke="#b9b2a0"/>
<text x="${x + 8}" y="${y + 22}" font-size="15" font-weight="bold" fill="#222">${esc(a.title.slice(0, Math.floor(w / 16)))}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="350" height="550" viewBox="0 0 350 550">
<rect width="350" height="550" fill="#f2efe6"/>
<text x="10" y="34" font-size="26" font-weight="bold" fill="#a11">${esc(paper.name)}</text>
<text x="340" y="34" font-size="12" text-anchor="end" fill="#555">第${esc(page.number)}版 ${esc(page.name)}</text>
${blocks.join('\n')}
</svg>
`;
}

/** A drawn stand-in for a news photo (pink blossoms over a riverside lawn); the caption lives in the page. */
export function photoSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="240" viewBox="0 0 420 240">
<rect width="420" height="240" fill="#cfe3f0"/>
<path d="M0 190 Q 110 150 210 180 T 420 170 V240 H0Z" fill="#7fa36b"/>
<circle cx="90" cy="120" r="34" fill="#f6c6d4"/><circle cx="140" cy="105" r="26" fill="#f3b3c6"/>
<circle cx="320" cy="115" r="30" fill="#f6c6d4"/>
</svg>
`;
}

/** A one-page PDF whose text is ASCII (no embedded CJK font needed); offsets in the xref are computed. */
export function pagePdf(label: string): Uint8Array {
  const text = label.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 60 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

// 1×1 GIFs: a red dot for title rows and a small red square standing in for the PDF icon.
export const DOT_GIF = Uint8Array.from(Buffer.from('R0lGODlhAQABAIAAAMwAAAAAACH5BAEAAAEALAAAAAABAAEAAAICRAEAOw==', 'base64'));
export const PDF_GIF = Uint8Array.from(Buffer.from('R0lGODlhAQABAIAAALsAAP///ywAAAAAAQABAAACAkQBADs=', 'base64'));

export const FOUNDER_CSS = `body { font-family: "SimSun", "Noto Serif CJK SC", serif; font-size: 14px; background: #fff; }
.masthead { border-bottom: 3px solid #a11; margin-bottom: 8px; }
.paper-name { font-size: 32px; font-weight: bold; color: #a11; padding: 6px 0; }
.px12, .px12b { font-size: 13px; } .px12b { font-weight: bold; background: #eee; padding: 4px; }
.bm01 { font-size: 15px; font-weight: bold; color: #a11; }
.wz .font01 { font-size: 24px; font-weight: bold; padding: 8px 0; }
.wz .font02 { font-size: 15px; color: #444; }
.font06 { font-size: 13px; color: #555; }
#ozoom { font-size: 16px; line-height: 1.9; padding: 8px 20px; }
.footer { color: #777; font-size: 12px; border-top: 1px solid #ccc; margin-top: 16px; }
`;

export const CNEPAPER_CSS = `body { font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; }
#header { width: 1000px; margin: 0 auto; border-bottom: 3px solid #15558f; padding: 8px 0; }
#header .logo { font-size: 30px; font-weight: bold; color: #15558f; } #header .date { float: right; }
#currentBM { font-size: 15px; } .BSHARE_TEXT { font-size: 24px; font-weight: bold; text-align: center; }
#PreTitle, #SubTitle { text-align: center; color: #555; } .font03 { text-align: center; color: #555; }
#ozoom { font-size: 16px; line-height: 1.9; } #footer { text-align: center; color: #888; margin-top: 20px; }
`;

// The template script of classic Founder sites wires the calendar and the IE-only hotspot
// outline; here it only defines the hook the page's inline handler names.
export const MP_JS = `function drawLine(area) { /* hotspot outline: IE-only in the original template */ }
`;
