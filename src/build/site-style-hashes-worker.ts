/**
 * A worker thread for src/build/inline-style-csp.ts: the style hashes of the
 * pages in `workerData.files`, posted back once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pagesStyleHashes } from './inline-style-csp.ts';

const { files } = workerData as { files: string[] };
parentPort?.postMessage(pagesStyleHashes(files));
