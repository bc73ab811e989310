import path from 'node:path';
import { findRepoRoot } from '@duda/db';
import { serviceNames, type ServiceName } from './modules.ts';

/** A domain service that runs as its own process, and where the gateway reaches it. */
export interface RemoteService {
  name: ServiceName;
  url: string;
}

export interface GatewayConfig {
  host: string;
  port: number;
  /** Signs calls to separate-process services and photo URLs; the services' database password derives from it. */
  serviceSecret: string;
  /**
   * The services' least-privilege database connection (DATABASE_APP_URL). Unset: the gateway provisions the
   * role `<database>_app` itself (ADR 0012).
   */
  databaseAppUrl?: string | undefined;
  /** Signs the CSRF cookie. */
  cookieSecret: string;
  /** Only over HTTPS in production; the local portal runs on plain HTTP. */
  secureCookies: boolean;
  remoteServices: RemoteService[];
  /** Built front-ends: the shell at /, each remote under /remotes/<name>/. */
  webRoot: string;
  /**
   * The web Service serving the front-ends (DUDA_WEB_URL, `http://web:8080`): the gateway then asks it for the
   * shell's page and the remote list (a few seconds' cache) instead of reading `webRoot` (ADR 0015).
   */
  webUrl?: string | undefined;
  uploadsDir: string;
  /** Extra or replacement remote entries, e.g. a remote team's own deployment. */
  remoteOverrides: Record<string, string>;
  /** Login attempts one address may make per minute (guessing protection; lockout per account is separate). */
  loginAttemptsPerMinute: number;
  /** Other requests one session (or, signed out, one address) may make per minute. */
  apiRequestsPerMinute: number;
  /**
   * Whether X-Forwarded-For is believed. Only behind a reverse proxy that sets it: otherwise a client
   * could name any address and slip past the per-address login limit.
   */
  trustProxy: boolean;
  /**
   * How often the outbox relays and event workers look for work (@duda/events): with two hops (relay, then
   * subscriber), half a second keeps a live notification within 2 s of its cause (ADR 0019).
   */
  eventsPollingSeconds: number;
  /** Socket timeouts, so idle or trickling clients cannot hold connections open for ever (ADR 0025). */
  timeouts: {
    /**
     * A connection with no traffic for this long is closed — Node's socket inactivity timer. Between requests
     * Node replaces it with the keep-alive timeout, so what it alone decides is a request the gateway is still
     * working on (or a client that stopped reading an answer): it must be above `requestMs`, or an answer that
     * takes long (a save queued behind a stall) is cut with a reset instead of sent, and the client cannot know
     * whether its write was stored. A silent or trickling client is bounded by Node's headers timeout (60 s) and
     * by `requestMs`.
     */
    connectionMs: number;
    /** A whole request (a 12 MB photo upload included) must arrive within this. */
    requestMs: number;
    /** An idle keep-alive connection is closed after this; longer than a proxy's usual 60 s, so it closes first. */
    keepAliveMs: number;
  };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined) return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new Error(`${name}: expected milliseconds above 0, got "${value}"`);
  return ms;
}

/** `DUDA_SERVICE_URLS=inspection=http://127.0.0.1:4102/trpc,org=http://…` puts those services out of process. */
export function parseServiceUrls(value: string | undefined): RemoteService[] {
  if (!value) return [];
  return value.split(',').map((pair) => {
    const [name = '', url] = pair.split('=');
    if (!url) throw new Error(`DUDA_SERVICE_URLS: cannot read "${pair}" (expected <service>=<url>)`);
    if (!serviceNames.includes(name as ServiceName))
      throw new Error(
        `DUDA_SERVICE_URLS: no service is called "${name}" (the services are ${serviceNames.join(', ')})`,
      );
    return { name: name as ServiceName, url };
  });
}

/** DUDA_WEB_URL: an http(s) URL, or unset (empty is unset). */
export function parseWebUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`DUDA_WEB_URL: expected the web Service's URL (http://web:8080), got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`DUDA_WEB_URL: expected an http or https URL, got "${value}"`);
  return value.replace(/\/+$/, '');
}

function parseRemoteOverrides(value: string | undefined): Record<string, string> {
  if (!value) return {};
  return Object.fromEntries(value.split(',').map((pair) => pair.split('=') as [string, string]));
}

export function loadConfig(
  env: NodeJS.ProcessEnv,
  secrets: { serviceSecret: string; cookieSecret: string },
): GatewayConfig {
  // Only the defaults need the repository: a deployed gateway (no workspace around it) is given both folders.
  const inRepo = (...parts: string[]) => path.join(findRepoRoot(), ...parts);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 3000),
    serviceSecret: env.DUDA_SERVICE_SECRET ?? secrets.serviceSecret,
    cookieSecret: env.DUDA_COOKIE_SECRET ?? secrets.cookieSecret,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    secureCookies: env.DUDA_SECURE_COOKIES === 'true',
    remoteServices: parseServiceUrls(env.DUDA_SERVICE_URLS),
    webRoot: env.DUDA_WEB_ROOT ?? inRepo('apps'),
    webUrl: parseWebUrl(env.DUDA_WEB_URL),
    uploadsDir: env.DUDA_UPLOADS_DIR ?? inRepo('.data', 'uploads'),
    remoteOverrides: parseRemoteOverrides(env.DUDA_REMOTE_ENTRIES),
    loginAttemptsPerMinute: Number(env.DUDA_LOGIN_RATE_PER_MINUTE ?? 20),
    apiRequestsPerMinute: Number(env.DUDA_API_RATE_PER_MINUTE ?? 1200),
    trustProxy: env.DUDA_TRUST_PROXY === 'true',
    eventsPollingSeconds: Number(env.DUDA_EVENTS_POLLING_SECONDS ?? 0.5),
    timeouts: {
      connectionMs: milliseconds(env, 'DUDA_CONNECTION_TIMEOUT_MS', 130_000),
      requestMs: milliseconds(env, 'DUDA_REQUEST_TIMEOUT_MS', 120_000),
      keepAliveMs: milliseconds(env, 'DUDA_KEEP_ALIVE_TIMEOUT_MS', 65_000),
    },
  };
}
