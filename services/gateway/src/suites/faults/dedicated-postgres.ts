// Starting and crashing the fault suite's own PostgreSQL (postgres-server.ts run as its own process group).
import { startProcess, type RunningProcess } from '../../testing/processes.ts';

/** What postgres-server.ts prints, followed by the server's URL, once it accepts connections. */
export const POSTGRES_READY = 'dedicated-postgres-ready';

const readyLine = new RegExp(`${POSTGRES_READY} (\\S+)`);

export interface DedicatedPostgres {
  url: string;
  /** SIGKILL of the server and every backend, as a crash. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts (or, after a crash, restarts) the server kept in `dataDir` on `port`. */
export async function startDedicatedPostgres(dataDir: string, port: number): Promise<DedicatedPostgres> {
  const server: RunningProcess = await startProcess(
    'services/gateway/src/suites/faults/postgres-server.ts',
    { DUDA_PG_DATA: dataDir, DUDA_PG_PORT: String(port) },
    (output) => readyLine.test(output),
    { detached: true },
  );
  return { url: readyLine.exec(server.output())![1]!, crash: server.kill, stop: server.stop };
}
