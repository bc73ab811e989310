// One of our nginx server blocks run by Debian's nginx in a temporary folder, as the image would run it but for
// the address it listens on (and whatever the caller substitutes, such as where the files are).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { freePort } from './node-process.ts';

/** Set by `npm test` (infra/scripts/portal.mjs installs Debian's nginx when it is missing). */
export const nginxPath = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find(
  (p) => p && existsSync(p),
);

export interface RunningNginx {
  base: string;
  dir: string;
  stop(): Promise<void>;
}

/** Runs `site` (a server block listening on `listen 8080;`) until stopped; resolves once it answers. */
export async function runNginx(site: string): Promise<RunningNginx> {
  const dir = await makeTempDir('duda-nginx-');
  const port = await freePort();
  await writeFile(path.join(dir, 'site.conf'), site.replace('listen 8080;', `listen 127.0.0.1:${port};`));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${dir}/${kind};`)
    .join(' ');
  await writeFile(
    path.join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
     events {}
     http { include /etc/nginx/mime.types; access_log off; ${temp} include ${dir}/site.conf; }`,
  );
  const nginx = spawn(nginxPath!, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  nginx.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => nginx.once('exit', resolve));
  const stop = async () => {
    if (nginx.exitCode === null) nginx.kill('SIGQUIT');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(base).then(
      () => true,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || nginx.exitCode !== null) {
      const log = await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '');
      await stop();
      throw new Error(`nginx did not start: ${stderr}${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, dir, stop };
}
