/**
 * A worker thread for src/build/inline-style-csp.ts: the style hashes of the
 * built site in `workerData.dir`, posted back once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { siteStyleHashes } from './inline-style-csp.ts';

const { dir } = workerData as { dir: string };
parentPort?.postMessage(siteStyleHashes(dir));
