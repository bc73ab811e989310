// Serves the built front-ends: the shell at /, each remote under /remotes/<name>/, and the remotes
// manifest the shell reads at run time. Hashed assets are cached for a year; entry files never. Files are sent
// brotli- or gzip-compressed when the build wrote such copies and the browser accepts them.
//
// Remotes are looked up on each request, not listed once at start: a remote team deploys by replacing (or
// adding) its folder, and running portals pick the new build up at their next page load, without a shell
// rebuild or a gateway restart (ADR 0017).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { bootstrapElement } from '@duda/federation/bootstrap';
import type { PortalBootstrap } from '@duda/federation/bootstrap';
import { PAGE_ASSETS_FILE, readPageAssets } from '@duda/federation/page-assets';
import {
  defaultPresentation,
  readRemotePresentation,
  REMOTE_DESCRIPTOR_FILE,
} from '@duda/federation/presentation';
import type { RemotePresentation } from '@duda/federation/presentation';
import fastifyStatic from '@fastify/static';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { preloadHints, renderHints } from './web-hints.ts';
import type { RemoteBuild } from './web-hints.ts';

/** A remote as /api/remotes lists it: how it presents itself, and where its code is. */
export interface RemoteEntry extends RemotePresentation {
  /** URL of the remote's mf-manifest.json. */
  entry: string;
}

const HASHED = /\/assets\/.+-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|svg|jpg|webp)$/;
/** A folder name that can be a remote (also its URL prefix); never a path. */
const REMOTE_NAME = /^[a-z][a-z0-9-]*$/;

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

/**
 * A built remote's presentation, from the remote.json its build wrote beside mf-manifest.json. A build
 * without one (or with a broken one) is still served and listed, under its name and after the others:
 * refusing it would take a working module away from people over a missing title.
 */
function builtPresentation(
  file: string,
  name: string,
): { presentation: RemotePresentation; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {
      presentation: defaultPresentation(name),
      problems: [`${name}: its build has no ${REMOTE_DESCRIPTOR_FILE}`],
    };
  }
  try {
    return readRemotePresentation(name, JSON.parse(text));
  } catch {
    return {
      presentation: defaultPresentation(name),
      problems: [`${name}: ${REMOTE_DESCRIPTOR_FILE} is not JSON`],
    };
  }
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
      const entries = new Map<string, RemoteEntry>(
        built().map(({ name, dist }) => [
          name,
          { ...presentationOf(name, dist), entry: `/remotes/${name}/mf-manifest.json` },
        ]),
      );
      for (const [name, url] of Object.entries(overrides)) {
        entries.set(name, { ...(entries.get(name) ?? defaultPresentation(name)), entry: url });
      }
      return [...entries.values()];
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

/**
 * The shell's index.html for one request. For a signed-in caller it carries who they are and the remote list
 * (the shell starts without asking either), and preload hints for the remote page being opened; for anyone
 * else it is the file as built. Never stored by a browser or proxy: it names a person.
 */
function shellPage(shell: string, remotes: RemoteRegistry, callerOf: PageCaller) {
  const indexHtml = fileCache((text) => text);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const html = indexHtml(path.join(shell, 'index.html'));
    if (html === null) return reply.code(404).send({ error: 'Not found' });
    const me = await callerOf(request, reply);
    const head = me
      ? bootstrapElement({ me, remotes: remotes.entries() }) +
        renderHints(preloadHints(request.url.split('?')[0] ?? '/', (name) => remotes.buildOf(name)))
      : '';
    reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8');
    return head ? html.replace('</head>', `${head}</head>`) : html;
  };
}

export async function registerWeb(
  app: FastifyInstance,
  webRoot: string,
  overrides: Record<string, string>,
  callerOf: PageCaller = async () => null,
) {
  const remotes = remoteRegistry(webRoot, overrides, app.log);
  app.get('/api/remotes', async (_request, reply: FastifyReply) => {
    reply.header('Cache-Control', 'no-cache');
    return { remotes: remotes.entries() };
  });

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
  // `/` is a page like any other, answered below rather than as the directory's index file.
  await app.register(fastifyStatic, {
    root: shell,
    prefix: '/',
    decorateReply: false,
    index: false,
    preCompressed: true,
    setHeaders: setCacheHeaders,
  });
  const page = shellPage(shell, remotes, callerOf);
  app.get('/', page);
  // Client-side routes (/inspection/plans/…) load the shell, which routes them itself.
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
