import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findRepoRoot } from '@duda/db';

interface Secrets {
  serviceSecret: string;
  cookieSecret: string;
}

/**
 * Secrets for a local portal, generated once into .data/ (git-ignored) so sessions and photo links survive
 * a restart. Production sets DUDA_SERVICE_SECRET and DUDA_COOKIE_SECRET instead.
 */
export async function localSecrets(): Promise<Secrets> {
  const file = path.join(findRepoRoot(), '.data', 'secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Secrets;
  const secrets = {
    serviceSecret: randomBytes(32).toString('base64url'),
    cookieSecret: randomBytes(32).toString('base64url'),
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
