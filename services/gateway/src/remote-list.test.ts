import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webServiceRemotes } from './remote-list.ts';
import { startWebService, type WebServiceStandIn } from './remote-list.fixture.ts';

// What the inspection remote's build writes beside its mf-manifest.json (packages/federation remoteDescriptor).
const inspection = {
  name: 'inspection',
  title: { 'zh-CN': '服务检查', en: 'Service inspection' },
  icon: 'Checked',
  order: 10,
  permission: 'inspection.read',
};
const training = { ...inspection, name: 'training', title: { 'zh-CN': '培训', en: 'Training' }, order: 20 };
const pages = {
  entry: { js: ['remoteEntry.js'], css: [] },
  pages: [{ path: 'halls', js: ['assets/HallsPage-Ef56Gh78.js'], css: [] }],
};
const named = (...names: string[]) => JSON.stringify({ remotes: names });

describe('the remotes as the web Service serves them', () => {
  let web: WebServiceStandIn;
  let now: number;
  let warnings: string[];
  const log = {
    warn: (_data: object, message: string) => {
      warnings.push(message);
    },
  };
  const cache = { ttlMs: 5000, now: () => now };

  beforeEach(async () => {
    web = await startWebService();
    now = 0;
    warnings = [];
    web.write('index.html', '<html><head></head><body></body></html>');
    web.write('remotes/index.json', named('inspection'));
    web.write('remotes/inspection/mf-manifest.json', '{}');
    web.write('remotes/inspection/remote.json', JSON.stringify(inspection));
    web.write('remotes/inspection/pages.json', JSON.stringify(pages));
  });

  afterEach(async () => {
    await web.stop();
  });

  it('lists what the image’s index names, each with its remote.json and its pages for preload hints', async () => {
    const remotes = webServiceRemotes(
      web.url + '/',
      { forms: 'https://forms.example.com/mf-manifest.json' },
      log,
    );
    const snapshot = await remotes.remotes();
    expect(snapshot?.entries).toEqual([
      { ...inspection, entry: '/remotes/inspection/mf-manifest.json' },
      {
        name: 'forms',
        title: { 'zh-CN': 'forms', en: 'forms' },
        order: 1000,
        entry: 'https://forms.example.com/mf-manifest.json',
      },
    ]);
    expect(snapshot?.buildOf('inspection')).toEqual({
      name: 'inspection',
      base: '/remotes/inspection/',
      manifest: 'mf-manifest.json',
      assets: pages,
    });
    // Served from elsewhere: no hints for files this portal does not serve.
    expect(snapshot?.buildOf('forms')).toBeNull();
    expect(await remotes.page()).toBe('<html><head></head><body></body></html>');
  });

  it('asks once for a burst of page loads, and picks a new remote up once the cache time has passed', async () => {
    const remotes = webServiceRemotes(web.url, {}, log, cache);
    const burst = await Promise.all(Array.from({ length: 20 }, () => remotes.remotes()));
    expect(burst.every((snapshot) => snapshot?.entries.length === 1)).toBe(true);
    expect(web.requests.filter((p) => p === '/remotes/index.json')).toHaveLength(1);

    web.write('remotes/training/remote.json', JSON.stringify(training));
    web.write('remotes/index.json', named('inspection', 'training'));
    now = 4999;
    expect((await remotes.remotes())?.entries.map((e) => e.name)).toEqual(['inspection']);
    now = 5000;
    expect((await remotes.remotes())?.entries.map((e) => e.name)).toEqual(['inspection', 'training']);
    // Its page list is not there: listed all the same, without hints for its pages.
    expect((await remotes.remotes())?.buildOf('training')?.assets).toEqual({
      entry: { js: [], css: [] },
      pages: [],
    });
  });

  it('keeps the last good list and page while the web Service answers 500, and says so', async () => {
    const remotes = webServiceRemotes(web.url, {}, log, cache);
    const good = await remotes.remotes();
    await remotes.page();
    web.failWith = 500;
    now = 6000;
    expect(await remotes.remotes()).toBe(good);
    expect(await remotes.page()).toContain('<html>');
    expect(warnings).toEqual([
      'the remote list not read from the web Service; the last good one is used',
      'the shell page not read from the web Service; the last good one is used',
    ]);
    // Not asked again on every request while it fails: once per cache time.
    const asked = web.requests.length;
    await remotes.remotes();
    expect(web.requests.length).toBe(asked);

    web.failWith = null;
    web.write('remotes/index.json', named());
    now = 12_000;
    expect((await remotes.remotes())?.entries).toEqual([]);
  });

  it('keeps the last good list when the web Service is down', async () => {
    const remotes = webServiceRemotes(web.url, {}, log, cache);
    const good = await remotes.remotes();
    await web.stop();
    now = 6000;
    expect(await remotes.remotes()).toBe(good);
    web = await startWebService();
  });

  it('has nothing to give before the web Service has ever answered', async () => {
    web.failWith = 503;
    const remotes = webServiceRemotes(web.url, {}, log, cache);
    expect(await remotes.remotes()).toBeNull();
    expect(await remotes.page()).toBeNull();
  });

  it('refuses an index that is not one (keeping the last good list) and lists a remote without remote.json under its name', async () => {
    const remotes = webServiceRemotes(web.url, {}, log, cache);
    const good = await remotes.remotes();
    web.write('remotes/index.json', '<html>not found</html>');
    now = 6000;
    expect(await remotes.remotes()).toBe(good);

    web.write('remotes/index.json', named('inspection', '../secrets', 'audit'));
    now = 12_000;
    expect((await remotes.remotes())?.entries).toEqual([
      { ...inspection, entry: '/remotes/inspection/mf-manifest.json' },
      {
        name: 'audit',
        title: { 'zh-CN': 'audit', en: 'audit' },
        order: 1000,
        entry: '/remotes/audit/mf-manifest.json',
      },
    ]);
    expect(web.requests.some((p) => p.includes('secrets'))).toBe(false);
    // Said once, not on every refresh.
    now = 18_000;
    await remotes.remotes();
    expect(warnings.filter((w) => w === 'remote listed with default presentation')).toHaveLength(1);
  });
});
