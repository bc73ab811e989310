import { mkdir, mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FileStorage } from './file-storage.ts';
import { localFolderStorage } from './local-folder.ts';

let root: string;
let storage: FileStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'duda-file-storage-'));
  storage = localFolderStorage(root);
});

describe('a local folder', () => {
  it('keeps the bytes under the key as a file below its root, in folders made as needed', async () => {
    await storage.put('forms/unit-1/a.pdf', Buffer.from('%PDF-1.7 one'), 'application/pdf');
    expect(await readFile(path.join(root, 'forms/unit-1/a.pdf'), 'utf8')).toBe('%PDF-1.7 one');
    expect(await text((await storage.get('forms/unit-1/a.pdf'))!)).toBe('%PDF-1.7 one');
  });

  it('replaces what a key held', async () => {
    await storage.put('photos/a.jpg', Buffer.from('first'));
    await storage.put('photos/a.jpg', Buffer.from('second'));
    expect(await text((await storage.get('photos/a.jpg'))!)).toBe('second');
  });

  it('answers null for a key nothing is stored under, and for a folder', async () => {
    await storage.put('photos/hall/a.jpg', Buffer.from('x'));
    expect(await storage.get('photos/hall/b.jpg')).toBeNull();
    expect(await storage.get('photos/hall.jpg')).toBeNull();
    await mkdir(path.join(root, 'photos/folder.jpg'));
    expect(await storage.get('photos/folder.jpg')).toBeNull();
  });

  it('forgets a removed key, and removing a missing one is no error', async () => {
    await storage.put('training/a.png', Buffer.from('x'));
    await storage.remove('training/a.png');
    expect(await storage.get('training/a.png')).toBeNull();
    expect(await stat(path.join(root, 'training/a.png')).catch(() => null)).toBeNull();
    await expect(storage.remove('training/a.png')).resolves.toBeUndefined();
  });

  it('refuses a key that could leave its root or name another file, before touching the disk', async () => {
    for (const key of [
      '../escape.jpg',
      'a/../../b.jpg',
      '/etc/passwd.x',
      'A.JPG',
      'noextension',
      'a//b.jpg',
    ]) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
      await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
      await expect(storage.remove(key)).rejects.toThrow(/Invalid storage key/);
    }
    await expect(stat(path.join(root, '..', 'escape.jpg'))).rejects.toThrow();
  });
});
