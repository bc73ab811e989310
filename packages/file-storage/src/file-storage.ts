import type { Readable } from 'node:stream';

/**
 * Where a service keeps uploaded files (photos, attachments, signatures) under keys it chooses, such as
 * `forms/<unit>/<id>.pdf`. Who may read a file is the service's question; storage only keeps bytes.
 */
export interface FileStorage {
  /** Writes the bytes under the key, replacing what was there. The content type is kept where the place can. */
  put(key: string, bytes: Buffer, contentType?: string): Promise<void>;
  /** A stream of the stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Forgets the key; nothing happens when nothing is stored under it. */
  remove(key: string): Promise<void>;
}

/**
 * A key is lower-case path segments and an extension, never `..`: it can neither leave the storage's root
 * nor name a file the service did not mean.
 */
export function storageKey(key: string): string {
  if (!/^[a-z0-9][a-z0-9/-]*\.[a-z]+$/.test(key) || key.includes('..') || key.includes('//'))
    throw new Error(`Invalid storage key ${key}`);
  return key;
}
