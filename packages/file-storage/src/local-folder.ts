import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { storageKey, type FileStorage } from './file-storage.ts';

/**
 * Files as plain files under a root folder (DUDA_UPLOADS_DIR and the service's own sub-folder), the key as the
 * relative path. The content type is not kept: the services record it beside the key.
 */
export function localFolderStorage(root: string): FileStorage {
  const fileOf = (key: string) => path.join(root, storageKey(key));
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
    async get(key) {
      const file = fileOf(key);
      const found = await stat(file).catch(() => null);
      return found?.isFile() ? createReadStream(file) : null;
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
