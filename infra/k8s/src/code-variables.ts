// The environment variables the running code reads, found in the source so a new one cannot be forgotten
// in the manifests: `process.env.X`, `env.X` (a config function's parameter), and a bare string literal
// naming one of our prefixes (`required(env, 'DATABASE_URL')`, `milliseconds(env, 'DUDA_…_MS', …)`).
// A service run alone through `runServiceAlone` also reads what that runner reads, and `DUDA_<NAME>_URL` for
// each service its module `calls` (a name made at run time, so read here from the module's `calls`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { k8sRoot } from './manifests.ts';

export const repoRoot = path.resolve(k8sRoot, '../..');

/** Tests, test helpers and generated clients run nowhere near a cluster. */
const NOT_RUN_IN_PRODUCTION = /\.test\.ts$|[/\\](testing|generated|suites)[/\\]|test-support\.ts$/;

/** The runner of a service's own process: its reads belong to the services it runs, not to every process. */
export const ALONE_RUNNER = 'packages/service-kit/src/server/alone.ts';
/** A service's own process; a service inside the gateway never runs it. */
const standaloneOf = (service: string) => `services/${service}/src/standalone.ts`;

const READS = [
  /\bprocess\.env\.([A-Z][A-Z0-9_]*)/g,
  /\bprocess\.env\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g,
  /\benv\.([A-Z][A-Z0-9_]*)\b/g,
  /['"`]((?:DUDA|DATABASE|OTEL)_[A-Z0-9_]+)['"`]/g,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.[cm]?ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !NOT_RUN_IN_PRODUCTION.test(file));
}

/** Each variable read in `files` (relative to the repository), with the first file that reads it. */
function variablesReadInFiles(files: string[], found = new Map<string, string>()): Map<string, string> {
  for (const file of files) {
    const source = readFileSync(path.join(repoRoot, file), 'utf8');
    for (const pattern of READS)
      for (const match of source.matchAll(pattern)) if (!found.has(match[1]!)) found.set(match[1]!, file);
  }
  return found;
}

const filesUnder = (dir: string) =>
  sourceFiles(path.join(repoRoot, dir)).map((file) => path.relative(repoRoot, file));

const foldersIn = (parent: string) =>
  readdirSync(path.join(repoRoot, parent), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(repoRoot, parent, e.name, 'src')))
    .map((e) => `${parent}/${e.name}/src`);

/** The services of the repository (services/<name>), the gateway included. */
export const serviceFolders = () => foldersIn('services').map((dir) => dir.split('/')[1]!);

/** `DUDA_<NAME>_URL`, as runServiceAlone names the address of a service it calls. */
export const serviceUrlVariable = (name: string) => `DUDA_${name.toUpperCase().replaceAll('-', '_')}_URL`;

/** Where a service's module is defined, and the services its `calls` names. */
export function callsOf(service: string): { file: string; calls: string[] } {
  const declaring = filesUnder(`services/${service}/src`).flatMap((file) => {
    const match = /defineServiceModule\(\{[\s\S]*?\bcalls:\s*\[([^\]]*)\]/.exec(
      readFileSync(path.join(repoRoot, file), 'utf8'),
    );
    return match ? [{ file, calls: [...match[1]!.matchAll(/'([a-z][a-z0-9-]*)'/g)].map((m) => m[1]!) }] : [];
  });
  if (declaring.length !== 1)
    throw new Error(
      `services/${service}: expected one defineServiceModule with a calls list, found ${declaring.length}`,
    );
  return declaring[0]!;
}

const runsThroughRunner = (service: string) => {
  const file = path.join(repoRoot, standaloneOf(service));
  return existsSync(file) && readFileSync(file, 'utf8').includes('runServiceAlone(');
};

/**
 * What the process running `hosted` reads, with the first file reading each: the gateway (hosting itself and
 * the services it runs in-process), or one service alone. Every shared package counts for every process.
 */
export function variablesReadBy(hosted: string[]): Map<string, string> {
  const alone = hosted.length === 1 && hosted[0] !== 'gateway' ? hosted[0] : undefined;
  const throughRunner = alone !== undefined && runsThroughRunner(alone);
  const files = [
    ...hosted.flatMap((service) =>
      filesUnder(`services/${service}/src`).filter(
        (file) => service === alone || file !== standaloneOf(service),
      ),
    ),
    ...foldersIn('packages')
      .flatMap(filesUnder)
      .filter((file) => throughRunner || file !== ALONE_RUNNER),
  ];
  const found = variablesReadInFiles(files);
  if (throughRunner) {
    const { file, calls } = callsOf(alone);
    for (const name of calls)
      if (!found.has(serviceUrlVariable(name))) found.set(serviceUrlVariable(name), file);
  }
  return found;
}

/** Everything any process reads: the gateway with every service inside, and each service alone. */
export function variablesReadAnywhere(): Map<string, string> {
  const found = variablesReadBy(serviceFolders());
  for (const service of serviceFolders().filter((s) => s !== 'gateway'))
    for (const [variable, file] of variablesReadBy([service]))
      if (!found.has(variable)) found.set(variable, file);
  return found;
}
