// Raw IndexedDB read times of whole posting lists in the bench page (no Dexie): both words of a
// query in one transaction, cold (first pass after launch) and again.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromiumWithExtension } from '../tests/e2e/support/chromium';

const dir = path.resolve(process.env.QUBAO_BENCH_OUT_DIR!, 'chrome-mv3');
const browser = await launchChromiumWithExtension({ extensionDir: dir, userDataDir: process.env.QUBAO_SEARCH_BENCH_PROFILE });
const QS = (process.env.QS ?? '群众 供水,治平乡 工作,竣工 保险,园区 保险,数字化转型 保险,展览 新风').split(',');
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.evaluate('globalThis.__name = (f) => f');
  await new Promise((r) => setTimeout(r, 20_000));
  for (const pass of ['cold', 'warm', 'warm2']) {
    const out: string[] = await page.evaluate(async (qs) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('qubao');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const lines: string[] = [];
      const bytes = (rows: any[]) => rows.reduce((s, r) => s + Object.values(r).reduce((a: number, v: any) => a + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0), 0);
      for (const q of qs) {
        const words = q.split(' ');
        const t0 = performance.now();
        const tx = db.transaction(['searchPostings'], 'readonly');
        const st = tx.objectStore('searchPostings');
        const times: number[] = [];
        const res = await Promise.all(words.map((w) => new Promise<any[]>((res) => {
          const r = st.getAll(IDBKeyRange.bound([w, -Infinity], [w, Infinity]));
          r.onsuccess = () => { times.push(performance.now() - t0); res(r.result); };
        })));
        const t1 = performance.now() - t0;
        // Same data, key only (no values): the cost of walking the range without cloning
        const t2s = performance.now();
        const tx2 = db.transaction(['searchPostings'], 'readonly');
        await Promise.all(words.map((w) => new Promise<void>((res) => {
          const r = tx2.objectStore('searchPostings').getAllKeys(IDBKeyRange.bound([w, -Infinity], [w, Infinity]));
          r.onsuccess = () => res();
        })));
        const t2 = performance.now() - t2s;
        lines.push(`${q}: values ${t1.toFixed(1)} ms (${times.map((x) => x.toFixed(1)).join('/')}) ${(res.map(bytes).reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KiB; keys only ${t2.toFixed(1)} ms`);
      }
      db.close();
      return lines;
    }, QS);
    console.log(pass);
    for (const l of out) console.log('  ', l);
  }
} finally {
  await browser.close();
}
