// Serves the built front-ends: the shell at /, each remote under /remotes/<name>/, and the remotes
// manifest the shell reads at run time. Hashed assets are cached for a year; entry files never.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  defaultPresentation,
  readRemotePresentation,
  REMOTE_DESCRIPTOR_FILE,
} from '@duda/federation/presentation';
import type { RemotePresentation } from '@duda/federation/presentation';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** A remote as /api/remotes lists it: how it presents itself, and where its code is. */
export interface RemoteEntry extends RemotePresentation {
  /** URL of the remote's mf-manifest.json. */
  entry: string;
}

const HASHED = /\/assets\/.+-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|svg|jpg|webp)$/;

function setCacheHeaders(reply: FastifyReply, filePath: string) {
  reply.header(
    'Cache-Control',
    HASHED.test(filePath.replace(/\\/g, '/')) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

const builtRemotes = (webRoot: string): string[] =>
  existsSync(webRoot)
    ? readdirSync(webRoot).filter(
        (name) => name !== 'shell' && existsSync(path.join(webRoot, name, 'dist', 'mf-manifest.json')),
      )
    : [];

/**
 * A built remote's presentation, from the remote.json its build wrote beside mf-manifest.json. A build
 * without one (or with a broken one) is still served and listed, under its name and after the others:
 * refusing it would take a working module away from people over a missing title.
 */
function builtPresentation(
  webRoot: string,
  name: string,
): { presentation: RemotePresentation; problems: string[] } {
  const file = path.join(webRoot, name, 'dist', REMOTE_DESCRIPTOR_FILE);
  if (!existsSync(file)) {
    return {
      presentation: defaultPresentation(name),
      problems: [`${name}: its build has no ${REMOTE_DESCRIPTOR_FILE}`],
    };
  }
  try {
    return readRemotePresentation(name, JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return {
      presentation: defaultPresentation(name),
      problems: [`${name}: ${REMOTE_DESCRIPTOR_FILE} is not JSON`],
    };
  }
}

/**
 * Remotes whose build is present next to the shell's, plus any configured elsewhere. Read on each call, so
 * a rebuilt remote's new title shows without a restart. A remote configured elsewhere keeps the
 * presentation of a local build of the same name, if any; otherwise it is listed under its name.
 */
export function remoteEntries(webRoot: string, overrides: Record<string, string>): RemoteEntry[] {
  const entries = new Map<string, RemoteEntry>(
    builtRemotes(webRoot).map((name) => [
      name,
      { ...builtPresentation(webRoot, name).presentation, entry: `/remotes/${name}/mf-manifest.json` },
    ]),
  );
  for (const [name, url] of Object.entries(overrides)) {
    entries.set(name, { ...(entries.get(name) ?? defaultPresentation(name)), entry: url });
  }
  return [...entries.values()];
}

export async function registerWeb(app: FastifyInstance, webRoot: string, overrides: Record<string, string>) {
  app.get('/api/remotes', async (_request, reply: FastifyReply) => {
    reply.header('Cache-Control', 'no-cache');
    return { remotes: remoteEntries(webRoot, overrides) };
  });

  for (const name of builtRemotes(webRoot)) {
    const { problems } = builtPresentation(webRoot, name);
    if (problems.length > 0)
      app.log.warn({ remote: name, problems }, 'remote listed with default presentation');
    await app.register(fastifyStatic, {
      root: path.join(webRoot, name, 'dist'),
      prefix: `/remotes/${name}/`,
      decorateReply: false,
      setHeaders: setCacheHeaders,
    });
  }

  const shell = path.join(webRoot, 'shell', 'dist');
  if (!existsSync(path.join(shell, 'index.html'))) return;
  // Files are looked up on each request (not listed once at start), so a rebuilt shell is served at once.
  await app.register(fastifyStatic, { root: shell, prefix: '/', setHeaders: setCacheHeaders });
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
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html', shell);
  });
}
