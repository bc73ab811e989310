// The compose file against the code: every container of ours is given what its code reads (or leaves it at a
// default named here with the reason), is given nothing its code does not read (a misspelt name would pass
// silently), and the addresses between containers name a container and the port its image listens on.
import { serviceFolders, variablesReadAnywhere, variablesReadBy } from '@duda/k8s/src/code-variables.ts';
import { describe, expect, it } from 'vitest';
import { forwardedBy, givenTo, nodeTargetOf, readCompose, type Container } from './compose.ts';
import { envOf, readDockerfile, stagesOf } from './dockerfile.ts';

/** Read by the code, left at the code's default in the compose file — each with why. */
const KEPT_DEFAULTS: Record<string, string> = {
  DATABASE_APP_URL: 'unset: the owner role (POSTGRES_USER, a superuser) makes the app role duda_app itself',
  DUDA_PG_PORT: 'the embedded PostgreSQL’s port; the compose file has a PostgreSQL container',
  DUDA_PG_DATA: 'the embedded PostgreSQL’s data folder; likewise',
  DUDA_GATEWAY_URL: 'where the Vite dev servers proxy the API to; development only',
  DUDA_SECURE_COOKIES: 'false: the local trial is plain HTTP on 127.0.0.1',
  DUDA_REMOTE_ENTRIES:
    'the remotes come from the web image’s files (the remotes container), not from elsewhere',
  DUDA_WEB_URL: 'unset: the gateway reads the web image’s files the remotes container copied (DUDA_WEB_ROOT)',
  DUDA_LOGIN_RATE_PER_MINUTE: 'the code’s production default',
  DUDA_API_RATE_PER_MINUTE: 'the code’s production default',
  DUDA_CONNECTION_TIMEOUT_MS: 'the code’s production default',
  DUDA_REQUEST_TIMEOUT_MS: 'the code’s production default',
  DUDA_KEEP_ALIVE_TIMEOUT_MS: 'the code’s production default (above nginx’s 60 s upstream keep-alive)',
  DUDA_EVENTS_POLLING_SECONDS:
    'the code’s production default (0.5 s: a notification within the 2 s asked for)',
  LOG_LEVEL: 'info, the code’s default',
  DUDA_HR_HOSTS: 'unset: the local trial has no HR system, so no HR delivery address can be saved',
  DUDA_METRICS_PORT: 'no Prometheus in the local trial: the metrics port stays closed',
  DUDA_METRICS_HOST: 'likewise',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'no collector in the local trial: tracing stays off',
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'likewise',
  OTEL_SDK_DISABLED: 'likewise',
  OTEL_SERVICE_NAME: 'each process names itself',
  OTEL_TRACES_SAMPLER: 'likewise: no traces without a collector',
  OTEL_TRACES_SAMPLER_ARG: 'likewise',
};

const containers = readCompose();
const ours = containers.filter((c) => nodeTargetOf(c.image));
const named = (name: string) => containers.find((c) => c.name === name)!;
const gateway = named('gateway');
/** A one-off run of the gateway image (migrate, seed) rather than a server. */
const isOneOff = (c: Container) => c.command !== undefined;

/** The services whose code runs in a container: a service's own image, or the gateway with what it hosts. */
function hostedBy(container: Container): string[] {
  const target = nodeTargetOf(container.image)!;
  if (target !== 'gateway') return [target];
  const forwarded = isOneOff(container) ? new Set<string>() : new Set(forwardedBy(container).keys());
  return serviceFolders().filter((s) => s === 'gateway' || !forwarded.has(s));
}

describe('the compose file', () => {
  it('runs every deployable: the seven Node images, the web image, PostgreSQL and the migration first', () => {
    expect(containers.map((c) => c.image).sort()).toEqual(
      expect.arrayContaining([
        'duda/gateway',
        'duda/service-org',
        'duda/service-inspection',
        'duda/service-training',
        'duda/service-forms',
        'duda/service-performance',
        'duda/service-operations',
        'duda/web',
      ]),
    );
    for (const container of ours.filter((c) => !isOneOff(c)))
      expect(container.depends_on?.migrate, container.name).toEqual({
        condition: 'service_completed_successfully',
      });
  });

  it.each(ours.filter((c) => !isOneOff(c)).map((c) => c.name))(
    '%s is given every variable its code reads, or keeps a default named here',
    (name) => {
      const container = named(name);
      const given = givenTo(container);
      const missing = [...variablesReadBy(hostedBy(container))].filter(
        ([variable]) => !given.has(variable) && !(variable in KEPT_DEFAULTS),
      );
      expect(Object.fromEntries(missing)).toEqual({});
    },
  );

  it.each(ours.map((c) => c.name))('%s is given no variable its code does not read', (name) => {
    const container = named(name);
    const read = variablesReadBy(hostedBy(container));
    // NODE_ENV is read by libraries, not by our code.
    const unread = Object.keys(container.environment).filter((v) => !read.has(v) && v !== 'NODE_ENV');
    expect(unread).toEqual([]);
  });

  it('keeps no default for a variable no code reads any more', () => {
    const read = variablesReadAnywhere();
    expect(Object.keys(KEPT_DEFAULTS).filter((v) => !read.has(v))).toEqual([]);
  });

  it('a misspelt variable is caught', () => {
    const misspelt = {
      ...gateway,
      environment: { ...gateway.environment, DUDA_SERVICE_URL: 'org=http://org:4101/trpc' },
    };
    const read = variablesReadBy(hostedBy(misspelt));
    expect(Object.keys(misspelt.environment).filter((v) => !read.has(v))).toEqual(['DUDA_SERVICE_URL']);
  });

  it('the gateway forwards every service that has a container of its own, at the port its image listens on', () => {
    const stages = stagesOf(readDockerfile());
    const own = ours.filter((c) => !isOneOff(c) && c.name !== 'gateway');
    const expected = Object.fromEntries(
      own.map((c) => [c.name, `http://${c.name}:${envOf(stages, nodeTargetOf(c.image)!).get('PORT')}/trpc`]),
    );
    expect(Object.fromEntries(forwardedBy(gateway))).toEqual(expected);
    for (const container of own)
      for (const [variable, url] of Object.entries(container.environment).filter(([v]) =>
        /^DUDA_[A-Z]+_URL$/.test(v),
      ))
        expect(url, `${container.name} ${variable}`).toBe(expected[variable.slice(5, -4).toLowerCase()]);
  });
});
