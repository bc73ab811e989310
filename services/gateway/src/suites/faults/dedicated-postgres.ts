// Starting and crashing the fault suite's own PostgreSQL (postgres-server.ts as its own process): a crash is
// SIGKILL of the postmaster and of every process it started.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
  const crash = async () => {
    const postmaster = runningPostmaster(dataDir);
    if (postmaster === null) throw new Error(`no PostgreSQL runs in ${dataDir}`);
    // Each backend and helper process is in a process group of its own (PostgreSQL's setsid), and once the
    // postmaster is gone they are init's children: freeze it, so it forks no more, and note them first.
    process.kill(postmaster, 'SIGSTOP');
    const children = childrenOf(postmaster);
    for (const pid of [postmaster, ...children]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // It had ended by itself in between.
      }
    }
    await server.kill();
    const deadline = Date.now() + 10_000;
    while ([postmaster, ...children].some(isAlive)) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL processes outlived SIGKILL in ${dataDir}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { url: readyLine.exec(server.output())![1]!, crash, stop: server.stop };
}

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // pid (comm) state ppid …; comm may hold spaces and parentheses, so read after the last ')'.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The pid of the server running in `dataDir` (its postmaster.pid), or null when none is. */
export function runningPostmaster(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  return isAlive(pid) ? pid : null;
}

/** Whether a process runs (a zombie left for a parent that does not reap it does not count). */
export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return true;
  }
};

/** Clean-up whatever happened: a server still running in `dataDir` (say, orphaned by a killed gateway) is stopped. */
export async function stopServerLeftRunning(dataDir: string): Promise<void> {
  const pid = runningPostmaster(dataDir);
  if (pid === null) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 10_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}
