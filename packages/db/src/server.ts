import { existsSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded.ts';

export const DEFAULT_EMBEDDED_PORT = 54320;

/** The monorepo root: the nearest folder upwards holding pnpm-workspace.yaml. */
export function findRepoRoot(from = process.cwd()): string {
  let dir = path.resolve(from);
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * The PostgreSQL server to use: `DATABASE_URL` when set (any PostgreSQL ≥ 15), otherwise the embedded
 * server kept in `<repo>/.data/postgres`, started on `DUDA_PG_PORT` (default 54320) — or adopted, when a crashed
 * process left it running, so that this process's `stop()` shuts it down (see `startEmbeddedPostgres`).
 */
export async function resolvePostgres(onLog?: (line: string) => void): Promise<RunningPostgres> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, owned: false, stop: async () => undefined };
  const port = Number(process.env.DUDA_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const dataDir = process.env.DUDA_PG_DATA ?? path.join(findRepoRoot(), '.data', 'postgres');
  return startEmbeddedPostgres({ dataDir, port, ...(onLog ? { onLog } : {}) });
}
