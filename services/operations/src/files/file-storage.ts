import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Where faults' photos live: local disk, as the forms area's files and inspection's photos (ADR 0008). */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** A stream of the stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
}

const safe = (key: string) => {
  if (!/^[a-z0-9][a-z0-9/-]*\.[a-z]+$/.test(key) || key.includes('..'))
    throw new Error(`Invalid storage key ${key}`);
  return key;
};

export function localFileStorage(root: string): FileStorage {
  return {
    async put(key, bytes) {
      const file = path.join(root, safe(key));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
    async get(key) {
      const file = path.join(root, safe(key));
      const found = await stat(file).catch(() => null);
      return found?.isFile() ? createReadStream(file) : null;
    },
  };
}
