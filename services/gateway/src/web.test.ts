import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebService, type WebServiceStandIn } from './remote-list.fixture.ts';
import { registerWeb, remoteRegistry } from './web.ts';

// What the inspection remote's build writes beside its mf-manifest.json (packages/federation remoteDescriptor).
const inspectionDescriptor = {
  name: 'inspection',
  title: { 'zh-CN': '服务检查', en: 'Service inspection' },
  icon: 'Checked',
  order: 10,
  permission: 'inspection.read',
};
const unnamed = (name: string) => ({ name, title: { 'zh-CN': name, en: name }, order: 1000 });

function write(root: string, file: string, content: string | Buffer) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

describe('serving the built front-ends', () => {
  let webRoot: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(os.tmpdir(), 'duda-web-'));
    write(webRoot, 'shell/dist/index.html', '<div id="app"></div>');
    write(webRoot, 'shell/dist/assets/index-Ab12Cd34.js', 'console.log(1)');
    write(webRoot, 'inspection/dist/mf-manifest.json', '{}');
    write(webRoot, 'inspection/dist/remote.json', JSON.stringify(inspectionDescriptor));
    write(webRoot, 'inspection/dist/assets/remote-Zx98Yw76.js', 'export {}');
    app = Fastify();
    await registerWeb(app, {
      webRoot,
      remoteOverrides: { training: 'https://training.example.com/mf-manifest.json' },
    });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('lists the remotes built next to the shell and the configured ones, never cached', async () => {
    const response = await app.inject('/api/remotes');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.json()).toEqual({
      remotes: [
        { ...inspectionDescriptor, entry: '/remotes/inspection/mf-manifest.json' },
        { ...unnamed('training'), entry: 'https://training.example.com/mf-manifest.json' },
      ],
    });
  });

  it('caches hashed assets for a year and entry files not at all', async () => {
    const asset = await app.inject('/assets/index-Ab12Cd34.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const manifest = await app.inject('/remotes/inspection/mf-manifest.json');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    // The page can name the person it was served to: never kept by a browser or proxy.
    const index = await app.inject('/');
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-store');
  });

  it("sends the build's brotli or gzip copy of a file to a browser that accepts it, and the file to one that does not", async () => {
    const source = `export const halls = [${'"湖滨营业厅", '.repeat(200)}];`;
    write(webRoot, 'shell/dist/assets/src-Cc77Dd88.js', source);
    write(webRoot, 'shell/dist/assets/src-Cc77Dd88.js.br', brotliCompressSync(source));
    write(webRoot, 'shell/dist/assets/src-Cc77Dd88.js.gz', gzipSync(source));
    write(webRoot, 'inspection/dist/remoteEntry.js', source);
    write(webRoot, 'inspection/dist/remoteEntry.js.gz', gzipSync(source));
    const ask = (url: string, acceptEncoding?: string) =>
      app.inject({ url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

    const brotli = await ask('/assets/src-Cc77Dd88.js', 'gzip, deflate, br, zstd');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.headers['cache-control']).toContain('immutable');
    expect(brotli.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(source);
    expect(brotli.rawPayload.length).toBeLessThan(source.length / 5);

    const remote = await ask('/remotes/inspection/remoteEntry.js', 'gzip, deflate, br');
    expect(remote.headers['content-encoding']).toBe('gzip');
    expect(remote.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(remote.rawPayload).toString()).toBe(source);

    const plain = await ask('/assets/src-Cc77Dd88.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(source);
  });

  it('answers a client-side route with the shell, and a missing file or API path with 404', async () => {
    const page = await app.inject('/inspection/plans/42?tab=entries');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="app"');
    expect((await app.inject('/assets/missing-Qq11Ww22.js')).statusCode).toBe(404);
    expect((await app.inject('/trpc/unknown')).statusCode).toBe(404);
    expect((await app.inject('/remotes/inspection/assets/gone-Ee33Rr44.js')).statusCode).toBe(404);
  });

  it('lists a build without a readable remote.json under its name, after the others, and says so in the log', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'duda-web-'));
    write(root, 'audit/dist/mf-manifest.json', '{}');
    write(root, 'forms/dist/mf-manifest.json', '{}');
    write(root, 'forms/dist/remote.json', '{"name": "forms", "title": ');
    const logged: string[] = [];
    const logging = Fastify({
      logger: { level: 'warn', stream: { write: (line: string) => logged.push(line) } },
    });
    try {
      await registerWeb(logging, { webRoot: root, remoteOverrides: {} });
      const { remotes } = (await logging.inject('/api/remotes')).json();
      expect(remotes).toHaveLength(2);
      expect(remotes).toContainEqual({ ...unnamed('audit'), entry: '/remotes/audit/mf-manifest.json' });
      expect(remotes).toContainEqual({ ...unnamed('forms'), entry: '/remotes/forms/mf-manifest.json' });
      expect((await logging.inject('/remotes/audit/mf-manifest.json')).statusCode).toBe(200);
      expect(logged.join('')).toContain('audit: its build has no remote.json');
      expect(logged.join('')).toContain('forms: remote.json is not JSON');
      // Read again only when the file changes: the warning is not repeated on every page load.
      await logging.inject('/api/remotes');
      expect(logged.filter((line) => line.includes('forms: remote.json is not JSON'))).toHaveLength(1);
    } finally {
      await logging.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps a remote presentation when its code is deployed elsewhere', () => {
    const registry = remoteRegistry(webRoot, {
      inspection: 'https://inspection.example.com/mf-manifest.json',
    });
    expect(registry.entries()).toEqual([
      { ...inspectionDescriptor, entry: 'https://inspection.example.com/mf-manifest.json' },
    ]);
  });

  it('lists a rebuilt remote with its new presentation without a restart', async () => {
    write(webRoot, 'inspection/dist/remote.json', JSON.stringify({ ...inspectionDescriptor, order: 5 }));
    const [inspection] = (await app.inject('/api/remotes')).json().remotes;
    expect(inspection.order).toBe(5);
    write(webRoot, 'inspection/dist/remote.json', JSON.stringify(inspectionDescriptor));
  });

  it('serves and lists a remote deployed after the gateway started, and forgets one taken away', async () => {
    write(webRoot, 'forms/dist/remote.json', JSON.stringify({ ...unnamed('forms'), order: 30 }));
    write(webRoot, 'forms/dist/remoteEntry.js', 'export const init = 1');
    write(webRoot, 'forms/dist/assets/remote-Fm55Tt66.js', 'export {}');
    // Not a build until its manifest is there: a deployment half copied is neither listed nor served.
    expect((await app.inject('/remotes/forms/remoteEntry.js')).statusCode).toBe(404);
    write(webRoot, 'forms/dist/mf-manifest.json', '{}');

    const { remotes } = (await app.inject('/api/remotes')).json();
    expect(remotes).toContainEqual({
      ...unnamed('forms'),
      order: 30,
      entry: '/remotes/forms/mf-manifest.json',
    });
    const entry = await app.inject('/remotes/forms/remoteEntry.js');
    expect(entry.statusCode).toBe(200);
    expect(entry.headers['cache-control']).toBe('no-cache');
    for (const file of ['mf-manifest.json', 'remote.json'])
      expect((await app.inject(`/remotes/forms/${file}`)).headers['cache-control']).toBe('no-cache');
    const asset = await app.inject('/remotes/forms/assets/remote-Fm55Tt66.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    rmSync(path.join(webRoot, 'forms'), { recursive: true });
    expect((await app.inject('/remotes/forms/remoteEntry.js')).statusCode).toBe(404);
    expect((await app.inject('/api/remotes')).json().remotes.map((r: { name: string }) => r.name)).toEqual([
      'inspection',
      'training',
    ]);
  });

  it('serves nothing under /remotes/ but the built remotes’ own files', async () => {
    write(webRoot, 'inspection/src/secret.ts', 'export const key = 1');
    for (const url of [
      '/remotes/shell/index.html',
      '/remotes/inspection/../src/secret.ts',
      '/remotes/inspection/%2e%2e/src/secret.ts',
      '/remotes/..%2finspection/dist/mf-manifest.json',
    ])
      expect((await app.inject(url)).statusCode, url).toBeGreaterThanOrEqual(400);
  });

  it('serves files of a redeployed shell or remote without a restart', async () => {
    write(webRoot, 'shell/dist/assets/index-New00001.js', 'console.log(2)');
    write(webRoot, 'inspection/dist/assets/remote-New00002.js', 'export {}');
    expect((await app.inject('/assets/index-New00001.js')).statusCode).toBe(200);
    expect((await app.inject('/remotes/inspection/assets/remote-New00002.js')).statusCode).toBe(200);
  });
});

describe('the page sent to a signed-in caller', () => {
  const me = {
    person: {
      id: 'p-1',
      staffNo: 'HZ1',
      name: '区县督导</script>',
      position: '',
      orgNodeId: 'n-1',
      orgName: '上城区',
    },
    roles: [],
    permissions: ['inspection.read'],
    mustChangePassword: false,
  };
  let webRoot: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(os.tmpdir(), 'duda-web-'));
    write(
      webRoot,
      'shell/dist/index.html',
      '<html><head><title>督导平台</title></head><body><div id="app"></div></body></html>',
    );
    write(webRoot, 'inspection/dist/mf-manifest.json', '{}');
    write(webRoot, 'inspection/dist/remote.json', JSON.stringify(inspectionDescriptor));
    write(
      webRoot,
      'inspection/dist/pages.json',
      JSON.stringify({
        entry: { js: ['remoteEntry.js', 'assets/remote-Ab12Cd34.js'], css: [] },
        pages: [
          { path: 'halls', js: ['assets/HallsPage-Ef56Gh78.js'], css: ['assets/HallsPage-Ij90Kl12.css'] },
        ],
      }),
    );
    app = Fastify();
    // Signed in is a request with the session cookie; the real gateway asks org.me (server.ts).
    await registerWeb(app, { webRoot, remoteOverrides: {} }, async (request) =>
      request.headers.cookie === 'duda_session=s1' ? me : null,
    );
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const bootstrapOf = (html: string): unknown => {
    const data = /<script type="application\/json" id="duda-bootstrap">([^<]*)<\/script>/.exec(html);
    return data ? JSON.parse(data[1]!) : null;
  };

  it('carries who they are and the remote list, in a data block that never runs, and is never stored', async () => {
    for (const url of ['/', '/inspection/halls', '/profile']) {
      const page = await app.inject({ url, headers: { cookie: 'duda_session=s1' } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['content-type']).toContain('text/html');
      expect(bootstrapOf(page.body)).toEqual({
        me,
        remotes: [{ ...inspectionDescriptor, entry: '/remotes/inspection/mf-manifest.json' }],
      });
      // The only script is the data block: the policy's script-src 'self' has nothing inline to run.
      expect(page.body.match(/<script/g)).toHaveLength(1);
    }
  });

  it('sends nothing of the kind to an anonymous caller: the page as built, never stored either', async () => {
    for (const url of ['/', '/inspection/halls']) {
      const page = await app.inject(url);
      expect(page.body).toBe(
        '<html><head><title>督导平台</title></head><body><div id="app"></div></body></html>',
      );
      expect(page.headers['cache-control']).toBe('no-store');
    }
  });

  it("hints the remote's files and the opened page's, and only for a remote page", async () => {
    const halls = (
      await app.inject({ url: '/inspection/halls?page=2', headers: { cookie: 'duda_session=s1' } })
    ).body;
    expect(halls).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/remotes/inspection/mf-manifest.json">',
    );
    for (const file of ['remoteEntry.js', 'assets/remote-Ab12Cd34.js', 'assets/HallsPage-Ef56Gh78.js'])
      expect(halls).toContain(`<link rel="modulepreload" crossorigin href="/remotes/inspection/${file}">`);
    expect(halls).toContain(
      '<link rel="preload" as="style" crossorigin href="/remotes/inspection/assets/HallsPage-Ij90Kl12.css">',
    );
    const home = (await app.inject({ url: '/', headers: { cookie: 'duda_session=s1' } })).body;
    expect(home).not.toContain('<link');
  });
});

describe('the page and the list from the web Service (Kubernetes: DUDA_WEB_URL)', () => {
  const me = {
    person: {
      id: 'p-1',
      staffNo: 'HZ1',
      name: '区县督导',
      position: '',
      orgNodeId: 'n-1',
      orgName: '上城区',
    },
    roles: [],
    permissions: ['inspection.read'],
    mustChangePassword: false,
  };
  const signedIn = { cookie: 'duda_session=s1' };
  let web: WebServiceStandIn;
  let now: number;
  let app: FastifyInstance;

  beforeEach(async () => {
    web = await startWebService();
    now = 0;
    // Laid out as the web image (infra/docker/Dockerfile): the shell at the root, the remotes under remotes/.
    web.write(
      'index.html',
      '<html><head><title>督导平台</title></head><body><div id="app"></div></body></html>',
    );
    web.write('remotes/index.json', JSON.stringify({ remotes: ['inspection'] }));
    web.write('remotes/inspection/mf-manifest.json', '{}');
    web.write('remotes/inspection/remote.json', JSON.stringify(inspectionDescriptor));
    web.write(
      'remotes/inspection/pages.json',
      JSON.stringify({ entry: { js: ['remoteEntry.js'], css: [] }, pages: [] }),
    );
    app = Fastify();
    await registerWeb(
      app,
      // No folder: with the web Service the gateway reads nothing of the front-ends from its own disk.
      { webRoot: path.join(os.tmpdir(), 'duda-no-such-folder'), webUrl: web.url, remoteOverrides: {} },
      async (request) => (request.headers.cookie === signedIn.cookie ? me : null),
      { ttlMs: 5000, now: () => now },
    );
    await app.ready();
  });

  afterEach(async () => {
    await app.close();
    await web.stop();
  });

  const listed = async () =>
    (await app.inject('/api/remotes')).json().remotes.map((r: { name: string }) => r.name);
  const bootstrapOf = (html: string) =>
    /<script type="application\/json" id="duda-bootstrap">([^<]*)<\/script>/.exec(html)?.[1];

  it('serves the web image’s page with the person, its remote list and hints, and leaves the files to the web pods', async () => {
    const page = await app.inject({ url: '/inspection/halls', headers: signedIn });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(bootstrapOf(page.body)!)).toEqual({
      me,
      remotes: [{ ...inspectionDescriptor, entry: '/remotes/inspection/mf-manifest.json' }],
    });
    expect(page.body).toContain(
      '<link rel="modulepreload" crossorigin href="/remotes/inspection/remoteEntry.js">',
    );
    expect((await app.inject('/')).body).toBe(
      '<html><head><title>督导平台</title></head><body><div id="app"></div></body></html>',
    );
    // The Ingress sends these to the web pods; the gateway has no copy of them.
    expect((await app.inject('/remotes/inspection/mf-manifest.json')).statusCode).toBe(404);
    expect((await app.inject('/assets/index-Ab12Cd34.js')).statusCode).toBe(404);
  });

  it('lists a remote the new web image brings within the cache time, without a restart', async () => {
    expect(await listed()).toEqual(['inspection']);
    web.write('remotes/forms/remote.json', JSON.stringify({ ...unnamed('forms'), order: 30 }));
    web.write('remotes/index.json', JSON.stringify({ remotes: ['inspection', 'forms'] }));
    now = 5000;
    expect(await listed()).toEqual(['inspection', 'forms']);
    const page = await app.inject({ url: '/', headers: signedIn });
    expect(JSON.parse(bootstrapOf(page.body)!).remotes.map((r: { name: string }) => r.name)).toEqual([
      'inspection',
      'forms',
    ]);
  });

  it('keeps serving the page with the last good list while the web pods answer 500 or are gone', async () => {
    await app.inject({ url: '/', headers: signedIn });
    web.failWith = 500;
    now = 5000;
    const during = await app.inject({ url: '/', headers: signedIn });
    expect(during.statusCode).toBe(200);
    expect(JSON.parse(bootstrapOf(during.body)!).remotes).toHaveLength(1);
    expect(await listed()).toEqual(['inspection']);

    await web.stop();
    now = 10_000;
    const down = await app.inject({ url: '/inspection/halls', headers: signedIn });
    expect(down.statusCode).toBe(200);
    expect(JSON.parse(bootstrapOf(down.body)!).remotes).toHaveLength(1);
    web = await startWebService();
  });

  it('sends the page without its data when only the list cannot be had yet, and says to try again when nothing can', async () => {
    web.remove('remotes/index.json');
    const page = await app.inject({ url: '/', headers: signedIn });
    expect(page.statusCode).toBe(200);
    // The shell asks /api/remotes itself, which says the list is not there yet.
    expect(bootstrapOf(page.body)).toBeUndefined();
    const list = await app.inject('/api/remotes');
    expect(list.statusCode).toBe(503);
    expect(list.headers['retry-after']).toBe('5');
    expect(list.json().error).toContain('try again');

    const fresh = Fastify();
    const down = await startWebService();
    down.failWith = 503;
    try {
      await registerWeb(fresh, { webRoot: '/nowhere', webUrl: down.url, remoteOverrides: {} });
      const nothing = await fresh.inject('/');
      expect(nothing.statusCode).toBe(503);
      expect(nothing.body).toContain('请稍后再试');
    } finally {
      await fresh.close();
      await down.stop();
    }
  });
});
