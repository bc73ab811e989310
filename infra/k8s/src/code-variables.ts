// The environment variables the running code reads, found in the source so a new one cannot be forgotten
// in the manifests: `process.env.X`, `env.X` (a config function's parameter), and a bare string literal
// naming one of our prefixes (`required('DUDA_ORG_URL')`, `milliseconds(env, 'DUDA_…_MS', …)`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { k8sRoot } from './manifests.ts';

export const repoRoot = path.resolve(k8sRoot, '../..');

/** Tests, test helpers and generated clients run nowhere near a cluster. */
const NOT_RUN_IN_PRODUCTION = /\.test\.ts$|[/\\](testing|generated|suites)[/\\]|test-support\.ts$/;

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

/** Each variable read under `dirs` (relative to the repository), with the first file that reads it. */
export function variablesReadIn(dirs: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of dirs)
    for (const file of sourceFiles(path.join(repoRoot, dir))) {
      const source = readFileSync(file, 'utf8');
      for (const pattern of READS)
        for (const match of source.matchAll(pattern))
          if (!found.has(match[1]!)) found.set(match[1]!, path.relative(repoRoot, file));
    }
  return found;
}

const foldersIn = (parent: string) =>
  readdirSync(path.join(repoRoot, parent), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(repoRoot, parent, e.name, 'src')))
    .map((e) => `${parent}/${e.name}/src`);

/** The code one Deployment runs: its service, the services it hosts in-process, and every shared package. */
export function codeOf(hosted: string[]): string[] {
  return [...hosted.map((name) => `services/${name}/src`), ...foldersIn('packages')];
}

/** The services of the repository (services/<name>), the gateway included. */
export const serviceFolders = () => foldersIn('services').map((dir) => dir.split('/')[1]!);
