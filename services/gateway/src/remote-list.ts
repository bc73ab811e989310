// The remotes and the shell's page as the `web` Service serves them (DUDA_WEB_URL), for a gateway that has no
// copy of the front-ends in its pod (Kubernetes, ADR 0015): the list is /remotes/index.json of the web image
// (written when the image is built, infra/docker/Dockerfile), each remote's remote.json and pages.json beside
// its files, and the page /index.html. Read again at most every few seconds, so a new web image's remotes are
// listed within seconds of its pods serving them, without restarting the gateway; a burst of page loads makes
// one round of requests. When the web Service does not answer (its pods restarting), the last good answer is
// kept: the portal's page does not break because a file server blinked.
import { readPageAssets, PAGE_ASSETS_FILE } from '@duda/federation/page-assets';
import {
  defaultPresentation,
  readRemotePresentation,
  REMOTE_DESCRIPTOR_FILE,
} from '@duda/federation/presentation';
import type { RemotePresentation } from '@duda/federation/presentation';
import type { RemoteBuild } from './web-hints.ts';

/** A remote as /api/remotes lists it: how it presents itself, and where its code is. */
export interface RemoteEntry extends RemotePresentation {
  /** URL of the remote's mf-manifest.json. */
  entry: string;
}

/** The remotes at one moment: the list, and the files of each one's pages for preload hints. */
export interface RemoteSnapshot {
  entries: RemoteEntry[];
  /** A remote served from this portal's own files (not one configured elsewhere) and the files of its pages. */
  buildOf(name: string): RemoteBuild | null;
}

/** A folder name that can be a remote (also its URL prefix); never a path. */
export const REMOTE_NAME = /^[a-z][a-z0-9-]*$/;

/** The file listing the web image's remotes: `{"remotes": ["inspection", …]}`. */
export const REMOTE_INDEX_FILE = 'index.json';

/** How long an answer of the web Service is used before it is asked again. */
export const WEB_LIST_CACHE_MS = 5000;

/** How long one request to the web Service may take before its last good answer is used instead. */
const WEB_REQUEST_TIMEOUT_MS = 2000;

/**
 * A remote's presentation from the text of its remote.json (null: its build has none). A build without one (or
 * with a broken one) is still served and listed, under its name and after the others: refusing it would take a
 * working module away from people over a missing title.
 */
export function presentationFrom(
  name: string,
  text: string | null,
): { presentation: RemotePresentation; problems: string[] } {
  if (text === null)
    return {
      presentation: defaultPresentation(name),
      problems: [`${name}: its build has no ${REMOTE_DESCRIPTOR_FILE}`],
    };
  try {
    return readRemotePresentation(name, JSON.parse(text));
  } catch {
    return {
      presentation: defaultPresentation(name),
      problems: [`${name}: ${REMOTE_DESCRIPTOR_FILE} is not JSON`],
    };
  }
}

/**
 * The built remotes' entries with the configured ones (DUDA_REMOTE_ENTRIES) laid over them: a remote configured
 * elsewhere keeps the presentation of a build of the same name, if any; otherwise it is listed under its name.
 */
export function withOverrides(built: RemoteEntry[], overrides: Record<string, string>): RemoteEntry[] {
  const entries = new Map(built.map((entry) => [entry.name, entry]));
  for (const [name, url] of Object.entries(overrides))
    entries.set(name, { ...(entries.get(name) ?? defaultPresentation(name)), entry: url });
  return [...entries.values()];
}

export interface CacheOptions {
  /** How long an answer is used before it is asked again. */
  ttlMs: number;
  now: () => number;
}

/**
 * `load` called at most once per `ttlMs` (callers meanwhile share its answer, or its one call in flight); when a
 * call fails, its error is reported and the last good answer (null before the first) stands until `ttlMs` has
 * passed again, so a service that is down is not asked on every request.
 */
export function cachedAnswer<T>(
  load: () => Promise<T>,
  onError: (error: unknown) => void,
  { ttlMs, now }: CacheOptions,
): () => Promise<T | null> {
  let last: T | null = null;
  let askedAt = -Infinity;
  let inFlight: Promise<T | null> | null = null;
  return () => {
    if (inFlight) return inFlight;
    if (now() - askedAt < ttlMs) return Promise.resolve(last);
    inFlight = load()
      .then(
        (value) => (last = value),
        (error: unknown) => {
          onError(error);
          return last;
        },
      )
      .finally(() => {
        askedAt = now();
        inFlight = null;
      });
    return inFlight;
  };
}

/** A file of the web Service: its text, or null when it answers that there is none (404). */
async function textAt(url: string): Promise<string | null> {
  const response = await fetch(url, { signal: AbortSignal.timeout(WEB_REQUEST_TIMEOUT_MS) });
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`GET ${url}: ${response.status}`);
  }
  return response.text();
}

/** The remote names of the web image's index file; anything that is not a remote's name is left out. */
function namesIn(text: string, url: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${url} is not JSON`);
  }
  const names = (value as { remotes?: unknown } | null)?.remotes;
  if (!Array.isArray(names)) throw new Error(`${url} lists no remotes`);
  return names.filter((name): name is string => typeof name === 'string' && REMOTE_NAME.test(name));
}

const json = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

export interface WebService {
  /** The shell's index.html, or null while the web Service has never answered. */
  page(): Promise<string | null>;
  /** The remotes, or null while the web Service has never answered. */
  remotes(): Promise<RemoteSnapshot | null>;
}

/** The shell's page and the remotes of the web Service at `webUrl` (`http://web:8080`). */
export function webServiceRemotes(
  webUrl: string,
  overrides: Record<string, string>,
  log: { warn(data: object, message: string): void },
  cache: CacheOptions = { ttlMs: WEB_LIST_CACHE_MS, now: Date.now },
): WebService {
  const base = webUrl.replace(/\/+$/, '');
  // The remote.json text each remote's problems were last reported for: said once per change, not per read.
  const reported = new Map<string, string | null>();

  async function loadPage(): Promise<string> {
    const html = await textAt(`${base}/index.html`);
    if (html === null) throw new Error(`GET ${base}/index.html: 404`);
    return html;
  }

  async function loadRemotes(): Promise<RemoteSnapshot> {
    const indexUrl = `${base}/remotes/${REMOTE_INDEX_FILE}`;
    const index = await textAt(indexUrl);
    if (index === null) throw new Error(`GET ${indexUrl}: 404`);
    const builds = await Promise.all(
      namesIn(index, indexUrl).map(async (name) => {
        const folder = `${base}/remotes/${name}/`;
        const [descriptor, pages] = await Promise.all([
          textAt(folder + REMOTE_DESCRIPTOR_FILE),
          textAt(folder + PAGE_ASSETS_FILE),
        ]);
        const { presentation, problems } = presentationFrom(name, descriptor);
        if (problems.length > 0 && (!reported.has(name) || reported.get(name) !== descriptor))
          log.warn({ remote: name, problems }, 'remote listed with default presentation');
        reported.set(name, descriptor);
        const build: RemoteBuild = {
          name,
          base: `/remotes/${name}/`,
          manifest: 'mf-manifest.json',
          assets: readPageAssets(json(pages)),
        };
        return { entry: { ...presentation, entry: `/remotes/${name}/mf-manifest.json` }, build };
      }),
    );
    const byName = new Map(builds.map(({ build }) => [build.name, build]));
    return {
      entries: withOverrides(
        builds.map(({ entry }) => entry),
        overrides,
      ),
      buildOf: (name) => (name in overrides ? null : (byName.get(name) ?? null)),
    };
  }

  const unreachable = (what: string) => (error: unknown) =>
    log.warn({ err: error, web: base }, `${what} not read from the web Service; the last good one is used`);
  return {
    page: cachedAnswer(loadPage, unreachable('the shell page'), cache),
    remotes: cachedAnswer(loadRemotes, unreachable('the remote list'), cache),
  };
}
