/**
 * A plain static server for a web root: sirv-cli, as tools/serve-static.ts
 * uses for the browser tests. It sends the precompressed `<file>.gz` to
 * browsers that accept gzip, as a static host would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface StaticServer {
  origin: string;
  stop: () => Promise<void>;
}

async function waitForServer(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sirv exited (${String(child.exitCode)})`);
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`sirv did not answer at ${origin}`);
}

/** sirv-cli quietly takes another port when its own is busy: refuse that instead. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => {
      reject(new Error(`port ${String(port)} is in use: free it or pick other ports`));
    });
    probe.listen(port, '127.0.0.1', () => {
      probe.close(() => {
        resolve();
      });
    });
  });
}

export async function startServer(
  repoRoot: string,
  webRoot: string,
  port: number,
): Promise<StaticServer> {
  await assertPortFree(port);
  const sirv = path.join(repoRoot, 'node_modules', 'sirv-cli', 'bin.js');
  const env = { ...process.env };
  delete env.PORT; // it would override --port
  const child = spawn(
    process.execPath,
    [sirv, webRoot, '--host', '127.0.0.1', '--port', String(port), '--quiet'],
    { stdio: ['ignore', 'ignore', 'inherit'], env },
  );
  const origin = `http://127.0.0.1:${String(port)}`;
  await waitForServer(origin, child);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
