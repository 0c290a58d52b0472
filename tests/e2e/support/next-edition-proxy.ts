// A loopback proxy in front of the demo server that can "publish" the paper's next issue during a
// test: once publish() is called, the entry page (paperindex.htm) names the next day, and that
// day's pages are the demo issue's pages with the date moved on (and any wording changes the
// test asks for, so some articles are new text rather than repeats). Records every path asked.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EditionProxy {
  url: string;
  paths: string[];
  /** From now on the entry page and `to`'s folder serve the next issue. */
  publish(): void;
  close(): Promise<void>;
}

export interface NextEdition {
  /** Issue folder as in URLs, e.g. "/jwsb/html/2026-03/18/" → "/jwsb/html/2026-03/19/". */
  fromDir: string;
  toDir: string;
  entryPath: string;
  /** Text replacements applied to the entry page and every page of the next issue (dates, as links and as text, then wording). */
  replace: [string, string][];
}

function get(target: URL, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: target.hostname, port: target.port, path }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

export async function startEditionProxy(target: string, next: NextEdition): Promise<EditionProxy> {
  const upstream = new URL(target);
  const paths: string[] = [];
  let published = false;
  const rewrite = (text: string) => next.replace.reduce((t, [a, b]) => t.replaceAll(a, b), text);
  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    paths.push(path);
    try {
      const nextPage = published && path.startsWith(next.toDir);
      if (!nextPage && !(published && path === next.entryPath)) {
        const up = await get(upstream, req.url ?? '/');
        res.writeHead(up.status, up.headers).end(up.body);
        return;
      }
      const up = await get(upstream, nextPage ? next.fromDir + path.slice(next.toDir.length) : path);
      const html = /text\/html/.test(String(up.headers['content-type'])) ? Buffer.from(rewrite(up.body.toString('utf8'))) : up.body;
      res.writeHead(up.status, { 'content-type': up.headers['content-type'] ?? 'text/html' }).end(html);
    } catch {
      res.writeHead(502).end();
    }
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    paths,
    publish: () => void (published = true),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
