// The web image's nginx configuration, run by Debian's nginx on a copy of the image's layout (/ the shell,
// /remotes/<name>/ each remote): client-side routes get the shell, entry files are revalidated, hashed assets are
// cached for a year, a missing file is a 404, and every answer carries the portal's security headers.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerDir } from './dockerfile.ts';
import { nginxPath, runNginx, type RunningNginx } from './nginx.ts';

const files: Record<string, string> = {
  'index.html': '<!doctype html><title>shell</title>',
  'assets/index-Ab12Cd34.js': 'console.log("shell")',
  'remotes/inspection/mf-manifest.json': '{"name":"inspection"}',
  'remotes/inspection/remote.json': '{"name":"inspection"}',
  'remotes/inspection/assets/remote-Zz98Yy76.js': 'export {}',
};

describe.skipIf(!nginxPath)('the web image’s nginx', () => {
  let html: string;
  let nginx: RunningNginx;
  let base: string;

  beforeAll(async () => {
    html = await makeTempDir('duda-web-image-');
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(html, file)), { recursive: true });
      await writeFile(path.join(html, file), content);
    }
    // The build's gzip copy of a file, told apart from nginx compressing the file itself by its content.
    await writeFile(
      path.join(html, 'assets/index-Ab12Cd34.js.gz'),
      gzipSync('console.log("shell, compressed when built")'),
    );
    const site = await readFile(path.join(dockerDir, 'web', 'nginx.conf'), 'utf8');
    nginx = await runNginx(site.replace('root /usr/share/nginx/html;', `root ${html};`));
    base = nginx.base;
  });

  afterAll(async () => {
    await nginx?.stop();
    if (html) await rm(html, { recursive: true, force: true });
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

  it('sends the build’s gzip copy of a file to a browser that accepts gzip, and the file to one that does not', async () => {
    const compressed = await fetch(`${base}/assets/index-Ab12Cd34.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await compressed.text()).toBe('console.log("shell, compressed when built")');
    const plain = await fetch(`${base}/assets/index-Ab12Cd34.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log("shell")');
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
