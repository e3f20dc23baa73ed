/**
 * The reader thread of src/lib/generated-loader.ts: for each folder it is
 * asked for, in turn, reads the generated records, checks each against its
 * collection's schema and posts the entries back in batches, while the
 * loaders' thread renders and stores the ones it already has.
 */
import { parentPort } from 'node:worker_threads';
import {
  readGeneratedFolder,
  type ReaderMessage,
  type ReaderOptions,
} from './generated-entries.ts';

const port = parentPort;
if (port === null) throw new Error('generated-entries-worker.ts runs as a worker thread');

port.on('message', (options: ReaderOptions) => {
  readGeneratedFolder(options, (message: ReaderMessage) => {
    port.postMessage(message);
  });
});
