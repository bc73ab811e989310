// Debian's nginx as the load balancer, run as the current user with its own prefix: configuration, pid,
// logs and temp folders all under one temp folder, in the foreground (`daemon off`), so nothing of the
// system's nginx set-up is read or written.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, spawnGroup, type Spawned } from './processes.ts';

/** One balanced address: nginx listens on `port` and spreads requests over `servers` (ports on loopback). */
export interface Balanced {
  name: string;
  port: number;
  servers: number[];
}

/** The access log's line: port, request, status, which upstream(s) answered (all tried, in order) and how. */
const LOG_FORMAT = `'$server_port $request_method $uri $status "$upstream_addr" "$upstream_status"'`;

/**
 * The configuration. nginx talks HTTP/1.0 to the replicas, a connection per request: a replica that is
 * draining refuses new connections, which nginx retries on the other replica whatever the method (nothing
 * was sent), while the requests it already holds finish on their own connections. A replica that refused
 * is left alone for a second, then tried again.
 */
export function nginxConfig(
  dir: string,
  balanced: Balanced[],
  asRoot: boolean,
  down: ReadonlySet<number> = new Set(),
): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  const blocks = balanced.map(
    ({ name, port, servers }) => `
  upstream ${name} {
${servers.map((s) => `    server 127.0.0.1:${s} max_fails=1 fail_timeout=1s${down.has(s) ? ' down' : ''};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://${name};
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # Which replica answered, for the check to tell where a stream went.
      add_header X-Upstream $upstream_addr always;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
      # Streams (server-sent events) pass through as they are written.
      proxy_buffering off;
    }
  }`,
  );
  return `# Written by infra/replicas for one run.
${asRoot ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  log_format replicas ${LOG_FORMAT};
  access_log ${path.join(dir, 'access.log')} replicas;
  # A connection per client request too: a reload (taking a replica out) then leaves no idle client
  # connection for an old worker to close under a request.
  keepalive_timeout 0;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${blocks.join('\n')}
}
`;
}

/** The nginx executable: NGINX_PATH (set by `npm test`), else Debian's. */
export function nginxPath(): string {
  const found = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => p && existsSync(p));
  if (!found)
    throw new Error(
      'nginx is needed for the replica check: `npm test` installs it (node infra/scripts/nginx.mjs), or ' +
        'apt-get install nginx-light, or point NGINX_PATH at one.',
    );
  return found;
}

export interface RunningNginx extends Spawned {
  /** The access log so far, one entry per request. */
  accessLog(): Promise<string[]>;
  /**
   * Takes the replicas on these ports out of their upstream (`down`) and every other one back in, by
   * reloading the configuration: requests already passed on finish, new ones go to the others.
   */
  setDown(ports: number[]): Promise<void>;
}

/** Whether nginx accepts connections on `port` (a request would count against the replicas behind it). */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** The worker processes of the nginx master `pid`. */
const workers = async (pid: number) =>
  (await promisify(execFile)('ps', ['-o', 'pid=', '--ppid', String(pid)])).stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter(Boolean);

export async function startNginx(dir: string, balanced: Balanced[]): Promise<RunningNginx> {
  await mkdir(path.join(dir, 'temp'), { recursive: true });
  const config = path.join(dir, 'nginx.conf');
  const write = (down: ReadonlySet<number>) =>
    writeFile(config, nginxConfig(dir, balanced, process.getuid?.() === 0, down));
  await write(new Set());
  const options = ['-p', dir, '-c', config, '-e', path.join(dir, 'error.log')];
  const nginx = spawnGroup(nginxPath(), options, dir, {});
  const deadline = Date.now() + 10_000;
  while (!(await Promise.all(balanced.map((b) => listening(b.port)))).every(Boolean)) {
    if (Date.now() > deadline || nginx.child.exitCode !== null) {
      await nginx.stop(0);
      const errors = await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '');
      throw new Error(`nginx did not start:\n${nginx.output()}\n${errors}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    ...nginx,
    accessLog: async () =>
      (await readFile(path.join(dir, 'access.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean),
    setDown: async (ports) => {
      const before = await workers(nginx.child.pid!);
      await write(new Set(ports));
      await promisify(execFile)(nginxPath(), [...options, '-s', 'reload']);
      // In effect once the workers of the old configuration are gone: they finish what they passed on first.
      const deadline = Date.now() + 15_000;
      while ((await workers(nginx.child.pid!)).some((pid) => before.includes(pid))) {
        if (Date.now() > deadline) throw new Error('nginx did not take up its new configuration');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

export const balancedPorts = async (name: string, servers: number[]): Promise<Balanced> => ({
  name,
  port: await freePort(),
  servers,
});
