import { chmod, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A temporary folder an embedded PostgreSQL can use. mkdtemp makes it private (0700); when tests run as
 * root, PostgreSQL runs as the `postgres` user and must be able to enter it.
 */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}
