/**
 * A record pack: one file per collection holding every generated record as
 * the content loader checked it (the contract schema's output, and the body),
 * so that a record's page reads its record with one read and a JSON parse
 * instead of reading, parsing and checking its file again. At 10,000 events
 * that was 2.2 s of the page rendering's main thread.
 *
 * Written by the loader's reader thread (src/lib/generated-entries.ts) while
 * it checks the files, to a temporary name, and renamed into place whole.
 * Layout: each record's JSON and a newline, then the index (JSON: id → [byte
 * offset, byte length]), then 16 ASCII digits: the index's byte offset.
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** The packs' folder, relative to the project root: a cache of the build's own. */
export const RECORD_PACK_FOLDER = 'node_modules/.cache/generated-records';

/** What a pack holds for one record. */
export interface PackedRecord<T> {
  /** The record's data, as the contract's schema gave it. */
  data: T;
  /** The file's trimmed body. */
  body: string;
}

/** The pack of `collection` in the project at `root`. */
export function recordPackFile(root: string, collection: string): string {
  return path.resolve(root, RECORD_PACK_FOLDER, `${collection}.pack`);
}

const TRAILER_LENGTH = 16;
/** Written in pieces of about this many bytes. */
const CHUNK_BYTES = 1 << 20;

/** Writes one pack: `add` each record, then `finish` (or `discard`). */
export class RecordPackWriter {
  readonly #file: string;
  readonly #temporary: string;
  readonly #fd: number;
  readonly #index: Record<string, [number, number]> = {};
  #chunk: Buffer[] = [];
  #chunkBytes = 0;
  #offset = 0;

  constructor(file: string) {
    this.#file = file;
    this.#temporary = `${file}.${String(process.pid)}-${String(Date.now())}.tmp`;
    mkdirSync(path.dirname(file), { recursive: true });
    this.#fd = openSync(this.#temporary, 'w');
  }

  add(id: string, record: PackedRecord<unknown>): void {
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    this.#index[id] = [this.#offset, bytes.length - 1];
    this.#offset += bytes.length;
    this.#chunk.push(bytes);
    this.#chunkBytes += bytes.length;
    if (this.#chunkBytes >= CHUNK_BYTES) this.#flush();
  }

  #flush(): void {
    if (this.#chunkBytes > 0) writeSync(this.#fd, Buffer.concat(this.#chunk, this.#chunkBytes));
    this.#chunk = [];
    this.#chunkBytes = 0;
  }

  /** Writes the index and puts the pack in place. */
  finish(): void {
    this.#flush();
    writeSync(this.#fd, JSON.stringify(this.#index));
    writeSync(this.#fd, String(this.#offset).padStart(TRAILER_LENGTH, '0'));
    closeSync(this.#fd);
    renameSync(this.#temporary, this.#file);
  }

  /** Leaves any pack in place as it was. */
  discard(): void {
    closeSync(this.#fd);
    rmSync(this.#temporary, { force: true });
  }
}

interface OpenPack {
  fd: number;
  /** The file's inode: a new pack renamed into place has another. */
  inode: number;
  index: Map<string, [number, number]>;
}

/** Open packs by file: a build reads one record a page, thousands of times. */
const openPacks = new Map<string, OpenPack>();

function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const count = readSync(fd, buffer, read, length - read, position + read);
    if (count === 0) throw new Error('the file ends early');
    read += count;
  }
  return buffer;
}

function openPack(file: string): OpenPack {
  // The pack in place now: the loader may have written a new one (astro dev).
  const { ino } = statSync(file);
  const open = openPacks.get(file);
  if (open?.inode === ino) return open;
  if (open !== undefined) closeSync(open.fd);
  openPacks.delete(file);
  const fd = openSync(file, 'r');
  try {
    const { size, ino: inode } = fstatSync(fd);
    const at = Number(readAt(fd, TRAILER_LENGTH, size - TRAILER_LENGTH).toString('latin1'));
    const indexBytes = readAt(fd, size - TRAILER_LENGTH - at, at);
    const index = new Map(
      Object.entries(JSON.parse(indexBytes.toString('utf8')) as Record<string, [number, number]>),
    );
    const pack = { fd, inode, index };
    openPacks.set(file, pack);
    return pack;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * The record `id` of the pack `file`, as the loader packed it. Throws, naming
 * the pack, when it is missing or does not hold the record.
 */
export function readPackedRecord<T>(file: string, id: string): PackedRecord<T> {
  let pack: OpenPack;
  try {
    pack = openPack(file);
  } catch (error) {
    throw new Error(`${file}: no readable record pack (${(error as Error).message})`, {
      cause: error,
    });
  }
  const place = pack.index.get(id);
  if (place === undefined) throw new Error(`${file}: no record '${id}'`);
  const [at, length] = place;
  return JSON.parse(readAt(pack.fd, length, at).toString('utf8')) as PackedRecord<T>;
}
