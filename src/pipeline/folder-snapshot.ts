/** A folder's files and their bytes, to check that a failed run left it as it was. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, relative path → bytes (base64). */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file, 'base64'));
  }
  return files;
}
