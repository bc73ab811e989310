// The web image's nginx configuration, run by Debian's nginx on a copy of the image's layout (/ the shell,
// /remotes/<name>/ each remote): client-side routes get the shell, entry files are revalidated, hashed assets are
// cached for a year, a missing file is a 404, and every answer carries the portal's security headers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerDir } from './dockerfile.ts';
import { freePort } from './node-process.ts';

/** Set by `npm test` (infra/scripts/portal.mjs installs Debian's nginx when it is missing). */
const nginxPath = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find(
  (p) => p && existsSync(p),
);

const files: Record<string, string> = {
  'index.html': '<!doctype html><title>shell</title>',
  'assets/index-Ab12Cd34.js': 'console.log("shell")',
  'remotes/inspection/mf-manifest.json': '{"name":"inspection"}',
  'remotes/inspection/remote.json': '{"name":"inspection"}',
  'remotes/inspection/assets/remote-Zz98Yy76.js': 'export {}',
};

describe.skipIf(!nginxPath)('the web image’s nginx', () => {
  let dir: string;
  let nginx: ChildProcess;
  let base: string;

  beforeAll(async () => {
    dir = await makeTempDir('duda-web-image-');
    const html = path.join(dir, 'html');
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(html, file)), { recursive: true });
      await writeFile(path.join(html, file), content);
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The image's file as it is, but for where it listens and where the files are.
    const site = (await readFile(path.join(dockerDir, 'web', 'nginx.conf'), 'utf8'))
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replace('root /usr/share/nginx/html;', `root ${html};`);
    await writeFile(path.join(dir, 'site.conf'), site);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((kind) => `${kind}_temp_path ${dir}/${kind};`)
      .join(' ');
    await writeFile(
      path.join(dir, 'nginx.conf'),
      `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
       events {}
       http { include /etc/nginx/mime.types; access_log off; ${temp} include ${dir}/site.conf; }`,
    );
    nginx = spawn(nginxPath!, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    nginx.stderr!.on('data', (chunk) => (stderr += chunk));
    const deadline = Date.now() + 10_000;
    while (
      !(await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline || nginx.exitCode !== null)
        throw new Error(
          `nginx did not start: ${stderr}${await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '')}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(async () => {
    nginx?.kill('SIGQUIT');
    if (nginx && nginx.exitCode === null) await new Promise((r) => nginx.once('exit', r));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers its probes', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('gives a client-side route the shell, revalidated, with the security headers', async () => {
    const response = await fetch(`${base}/inspection/rectifications/42`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>shell</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('caches hashed assets for a year, the shell’s and a remote’s', async () => {
    for (const file of ['/assets/index-Ab12Cd34.js', '/remotes/inspection/assets/remote-Zz98Yy76.js']) {
      const response = await fetch(`${base}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
    }
  });

  it('revalidates a remote’s entry files, so a new build of it is picked up at once', async () => {
    const response = await fetch(`${base}/remotes/inspection/mf-manifest.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing file, never the shell in its place', async () => {
    expect((await fetch(`${base}/assets/missing-Ab12Cd34.js`)).status).toBe(404);
    expect((await fetch(`${base}/remotes/training/mf-manifest.json`)).status).toBe(404);
    expect((await fetch(`${base}/remotes/inspection/`)).status).toBe(404);
  });
});
