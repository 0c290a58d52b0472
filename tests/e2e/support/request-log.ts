// A loopback proxy in front of the demo server that records every path requested, so a test can
// tell what the extension fetched (the service worker's requests are not visible to Playwright).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggingProxy {
  url: string;
  /** Paths requested so far, in order. */
  paths: string[];
  close(): Promise<void>;
}

/** `delayMs` holds chosen answers back, so a test can act while the extension waits for them. */
export async function startLoggingProxy(target: string, delayMs: (path: string) => number = () => 0): Promise<LoggingProxy> {
  const upstream = new URL(target);
  const paths: string[] = [];
  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    paths.push(path);
    const wait = delayMs(path);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const fwd = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
