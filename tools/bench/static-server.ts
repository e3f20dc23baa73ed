/**
 * A plain static server for a web root: sirv, as tools/serve-static.ts uses
 * for the browser tests, in this process. It sends the precompressed
 * `<file>.gz` to browsers that accept gzip, as a static host would.
 */
import { createServer as createNetServer } from 'node:net';
import { createServer } from 'node:http';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  stop: () => Promise<void>;
}

/** Fails at once when `port` is taken, rather than measuring another server. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', () => {
      reject(new Error(`port ${String(port)} is in use: free it or set BENCH_PORT`));
    });
    probe.listen(port, '127.0.0.1', () => {
      probe.close(() => {
        resolve();
      });
    });
  });
}

export async function startServer(webRoot: string, port: number): Promise<StaticServer> {
  await assertPortFree(port);
  const files = sirv(webRoot, { dev: false, etag: false, gzip: true });
  const server = createServer((req, res) => {
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not Found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
