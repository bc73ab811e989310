// Serves the built front-ends: the shell at /, each remote under /remotes/<name>/, and the remotes
// manifest the shell reads at run time. Hashed assets are cached for a year; entry files never. Files are sent
// brotli- or gzip-compressed when the build wrote such copies and the browser accepts them.
//
// Remotes are looked up on each request, not listed once at start: a remote team deploys by replacing (or
// adding) its folder, and running portals pick the new build up at their next page load, without a shell
// rebuild or a gateway restart (ADR 0017). On Kubernetes (DUDA_WEB_URL) the files are the web pods' to serve:
// the gateway asks the web Service for the shell's page and the remote list instead (remote-list.ts, ADR 0015).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { bootstrapElement } from '@duda/federation/bootstrap';
import type { PortalBootstrap } from '@duda/federation/bootstrap';
import { PAGE_ASSETS_FILE, readPageAssets } from '@duda/federation/page-assets';
import { REMOTE_DESCRIPTOR_FILE } from '@duda/federation/presentation';
import type { RemotePresentation } from '@duda/federation/presentation';
import fastifyStatic from '@fastify/static';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { presentationFrom, REMOTE_NAME, webServiceRemotes, withOverrides } from './remote-list.ts';
import type { CacheOptions, RemoteEntry, RemoteSnapshot, WebService } from './remote-list.ts';
import { preloadHints, renderHints } from './web-hints.ts';
import type { RemoteBuild } from './web-hints.ts';

export type { RemoteEntry } from './remote-list.ts';

const HASHED = /\/assets\/.+-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|svg|jpg|webp)$/;

/** The file a response is sent for: the name without the suffix of the compressed copy sent in its place. */
const sentFor = (filePath: string) => filePath.replace(/\\/g, '/').replace(/\.(br|gz)$/, '');

function setCacheHeaders(reply: FastifyReply, filePath: string) {
  reply.header(
    'Cache-Control',
    HASHED.test(sentFor(filePath)) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/** Modification time of a file, or null when it is not there. */
const mtimeOf = (file: string): number | null => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? null;

/** A file's content read again only when its modification time changed; null while it is not there. */
function fileCache<T>(parse: (text: string) => T) {
  const cache = new Map<string, { mtime: number; value: T }>();
  return (file: string): T | null => {
    const mtime = mtimeOf(file);
    if (mtime === null) return null;
    const cached = cache.get(file);
    if (cached?.mtime === mtime) return cached.value;
    let value: T;
    try {
      value = parse(readFileSync(file, 'utf8'));
    } catch {
      return null;
    }
    cache.set(file, { mtime, value });
    return value;
  };
}

/** A built remote's presentation, from the remote.json its build wrote beside mf-manifest.json. */
function builtPresentation(file: string, name: string) {
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  return presentationFrom(name, text);
}

export interface RemoteRegistry {
  /** Remotes whose build is present next to the shell's, plus any configured elsewhere. */
  entries(): RemoteEntry[];
  /** The folder of a remote's build, if `name` is one now. */
  distOf(name: string): string | null;
  /** A remote served from its build here (not one configured elsewhere) and the files of its pages. */
  buildOf(name: string): RemoteBuild | null;
}

/**
 * The remotes under `webRoot`, read again on each call: the folder is listed and each build's files are
 * looked at (a few `stat`s), while a remote.json is read and checked only when its modification time
 * changed. A remote configured elsewhere keeps the presentation of a local build of the same name, if any;
 * otherwise it is listed under its name.
 */
export function remoteRegistry(
  webRoot: string,
  overrides: Record<string, string>,
  log?: Pick<FastifyBaseLogger, 'warn'>,
): RemoteRegistry {
  const presentations = new Map<string, { mtime: number | null; presentation: RemotePresentation }>();
  const distOf = (name: string) => {
    if (!REMOTE_NAME.test(name) || name === 'shell') return null;
    const dist = path.join(webRoot, name, 'dist');
    return mtimeOf(path.join(dist, 'mf-manifest.json')) === null ? null : dist;
  };
  const presentationOf = (name: string, dist: string) => {
    const file = path.join(dist, REMOTE_DESCRIPTOR_FILE);
    const mtime = mtimeOf(file);
    const cached = presentations.get(name);
    if (cached && cached.mtime === mtime) return cached.presentation;
    const { presentation, problems } = builtPresentation(file, name);
    if (problems.length > 0) log?.warn({ remote: name, problems }, 'remote listed with default presentation');
    presentations.set(name, { mtime, presentation });
    return presentation;
  };
  const built = () => {
    let names: string[];
    try {
      names = readdirSync(webRoot);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const dist = distOf(name);
      return dist ? [{ name, dist }] : [];
    });
  };
  const pageAssets = fileCache((text) => readPageAssets(JSON.parse(text)));
  return {
    distOf,
    buildOf(name) {
      const dist = distOf(name);
      if (!dist || name in overrides) return null;
      const assets = pageAssets(path.join(dist, PAGE_ASSETS_FILE)) ?? readPageAssets(null);
      return { name, base: `/remotes/${name}/`, manifest: 'mf-manifest.json', assets };
    },
    entries() {
      return withOverrides(
        built().map(({ name, dist }) => ({
          ...presentationOf(name, dist),
          entry: `/remotes/${name}/mf-manifest.json`,
        })),
        overrides,
      );
    },
  };
}

/**
 * Who the page is for: what org.me answers for the request's session, or null when nobody is signed in (or it
 * cannot be told now: the shell then asks itself, and shows why it cannot).
 */
export type PageCaller = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<PortalBootstrap['me'] | null>;

/** Why a page or the list cannot be sent now: the web Service has not answered yet (or the shell is not built). */
const NOT_YET =
  '门户页面暂时无法读取，请稍后再试 / The portal cannot be read right now; try again in a moment';

/**
 * The shell's index.html for one request. For a signed-in caller it carries who they are and the remote list
 * (the shell starts without asking either), and preload hints for the remote page being opened; for anyone
 * else, or while the remotes cannot be told, it is the file as built (the shell then asks for the list itself).
 * Never stored by a browser or proxy: it names a person.
 */
function shellPage(source: WebService, callerOf: PageCaller) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // Asked at the same time: after the cache time, the page's request to the web Service overlaps the list's.
    const remotesNow = source.remotes();
    const html = await source.page();
    if (html === null)
      return reply.code(503).header('Retry-After', '5').type('text/plain; charset=utf-8').send(NOT_YET);
    const [me, remotes] = await Promise.all([callerOf(request, reply), remotesNow]);
    const head =
      me && remotes
        ? bootstrapElement({ me, remotes: remotes.entries }) +
          renderHints(preloadHints(request.url.split('?')[0] ?? '/', (name) => remotes.buildOf(name)))
        : '';
    reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8');
    return head ? html.replace('</head>', `${head}</head>`) : html;
  };
}

/** Where the front-ends are. */
export interface WebOptions {
  /** Built front-ends: the shell at /, each remote under /remotes/<name>/ (read when `webUrl` is unset). */
  webRoot: string;
  /** The web Service (`http://web:8080`), which serves the files; the gateway then only reads the page and list. */
  webUrl?: string | undefined;
  /** Extra or replacement remote entries (DUDA_REMOTE_ENTRIES). */
  remoteOverrides: Record<string, string>;
}

function registerList(app: FastifyInstance, remotesNow: WebService['remotes']) {
  app.get('/api/remotes', async (_request, reply: FastifyReply) => {
    const remotes = await remotesNow();
    if (!remotes) return reply.code(503).header('Retry-After', '5').send({ error: NOT_YET });
    reply.header('Cache-Control', 'no-cache');
    return { remotes: remotes.entries };
  });
}

/** `/` and the client-side routes (/inspection/plans/…), which the shell routes itself. */
function registerPages(app: FastifyInstance, page: ReturnType<typeof shellPage>) {
  // `/` is a page like any other, answered here rather than as the directory's index file.
  app.get('/', page);
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const isPage =
      request.method === 'GET' &&
      !url.startsWith('/api/') &&
      !url.startsWith('/trpc/') &&
      !url.startsWith('/remotes/') &&
      !path.extname(url);
    if (!isPage) return reply.code(404).send({ error: 'Not found' });
    return page(request, reply);
  });
}

export async function registerWeb(
  app: FastifyInstance,
  options: WebOptions,
  callerOf: PageCaller = async () => null,
  cache?: CacheOptions,
) {
  if (options.webUrl) {
    // The Ingress sends the files (/assets, /remoteEntry.js, /remotes/…) to the web pods; only pages come here.
    const source = webServiceRemotes(options.webUrl, options.remoteOverrides, app.log, cache);
    registerList(app, source.remotes);
    registerPages(app, shellPage(source, callerOf));
    return;
  }
  const { webRoot, remoteOverrides } = options;
  const remotes = remoteRegistry(webRoot, remoteOverrides, app.log);
  const local = async (): Promise<RemoteSnapshot> => ({
    entries: remotes.entries(),
    buildOf: (name) => remotes.buildOf(name),
  });
  registerList(app, local);

  // `reply.sendFile` with the cache headers, for the remotes' files and the shell's client-side routes.
  // preCompressed: a build writes `.br`/`.gz` copies of its text files (@duda/federation precompressAssets), sent
  // to a browser that accepts them — a fifth of the bytes on a phone's network, with no compression per request.
  await app.register(fastifyStatic, { serve: false, preCompressed: true, setHeaders: setCacheHeaders });
  app.get<{ Params: { name: string; '*': string } }>('/remotes/:name/*', (request, reply) => {
    const dist = remotes.distOf(request.params.name);
    if (!dist) return reply.code(404).send({ error: 'Not found' });
    return reply.sendFile(request.params['*'], dist);
  });

  const shell = path.join(webRoot, 'shell', 'dist');
  if (mtimeOf(path.join(shell, 'index.html')) === null) return;
  // Files are looked up on each request (not listed once at start), so a rebuilt shell is served at once.
  await app.register(fastifyStatic, {
    root: shell,
    prefix: '/',
    decorateReply: false,
    index: false,
    preCompressed: true,
    setHeaders: setCacheHeaders,
  });
  const indexHtml = fileCache((text) => text);
  registerPages(
    app,
    shellPage({ page: async () => indexHtml(path.join(shell, 'index.html')), remotes: local }, callerOf),
  );
}
