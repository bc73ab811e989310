// Serves the built front-ends: the shell at /, each remote under /remotes/<name>/, and the remotes
// manifest the shell reads at run time. Hashed assets are cached for a year; entry files never.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface RemoteEntry {
  name: string;
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

/** Remotes whose build is present next to the shell's, plus any configured elsewhere. */
export function remoteEntries(webRoot: string, overrides: Record<string, string>): RemoteEntry[] {
  const built = existsSync(webRoot)
    ? readdirSync(webRoot).filter(
        (name) => name !== 'shell' && existsSync(path.join(webRoot, name, 'dist', 'mf-manifest.json')),
      )
    : [];
  const entries = new Map(built.map((name) => [name, `/remotes/${name}/mf-manifest.json`]));
  for (const [name, url] of Object.entries(overrides)) entries.set(name, url);
  return [...entries].map(([name, entry]) => ({ name, entry }));
}

export async function registerWeb(app: FastifyInstance, webRoot: string, overrides: Record<string, string>) {
  app.get('/api/remotes', async (_request, reply: FastifyReply) => {
    reply.header('Cache-Control', 'no-cache');
    return { remotes: remoteEntries(webRoot, overrides) };
  });

  for (const { name } of remoteEntries(webRoot, {})) {
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
