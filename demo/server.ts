// Static server for the demo e-paper site, loopback only. It answers like the old servers that
// host real e-papers: UTF-8 pages come with `charset=utf-8`, while the GBK paper's pages come as
// bare `text/html` so the browser must honour the page's own gb2312 meta tag.
//   npx tsx demo/server.ts [--port N]     serve demo/site until Ctrl+C
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'site');

/** Folders whose pages are GBK and get no charset in Content-Type. Kept in step with site-papers.ts. */
const NO_CHARSET_PREFIXES = ['/mhb/'];

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
};

export function contentTypeFor(urlPath: string): string {
  const ext = path.extname(urlPath).toLowerCase();
  const type = TYPES[ext] ?? 'application/octet-stream';
  if (!type.startsWith('text/') && type !== 'application/javascript') return type;
  if (NO_CHARSET_PREFIXES.some((p) => urlPath.startsWith(p))) return type;
  return `${type}; charset=utf-8`;
}

/** Maps a request path to a file under root, or null when it escapes root or does not exist. */
export function resolveSitePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export interface DemoServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startDemoServer(opts: { port?: number; root?: string } = {}): Promise<DemoServer> {
  const root = path.resolve(opts.root ?? DEMO_SITE_DIR);
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveSitePath(root, urlPath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 未找到');
      return;
    }
    const type = contentTypeFor('/' + path.relative(root, file).split(path.sep).join('/'));
    res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size, 'cache-control': 'no-cache' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  // Keep-alive sockets would hold close() open after a browser disconnects.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : process.env.DEMO_PORT ?? 0);
  const server = await startDemoServer({ port });
  console.log(`区报演示站 / Qubao demo site: ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
