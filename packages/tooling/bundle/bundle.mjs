// A Node service's entry points as plain ES modules in its dist/ (ADR 0014): our workspace packages, which
// export TypeScript source, are inlined; every npm package stays an import of node_modules, and must be one
// of the service's own dependencies, because that is all `pnpm deploy --prod` puts beside dist/.
import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** The nearest folder upwards holding `marker` (a package.json, or the workspace's pnpm-workspace.yaml). */
export function folderWith(marker, from) {
  let dir = path.resolve(from);
  while (!existsSync(path.join(dir, marker))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No ${marker} above ${from}`);
    dir = parent;
  }
  return dir;
}

const WORKSPACE_SCOPE = '@duda/';
const isBare = (specifier) => !specifier.startsWith('.') && !path.isAbsolute(specifier);
/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * `import.meta.url` of an inlined file would name the bundle, not the file: a service's database module
 * finds its `prisma/migrations` beside it that way. Files of the package being built keep their own
 * position (relative to dist/); files of another workspace package are placed under dist/workspace/, where
 * that package's prisma/ folder is copied.
 */
export function locateImportMeta({ file, packageDir, distDir, repoRoot }) {
  const own = file.startsWith(packageDir + path.sep);
  const target = own ? file : path.join(distDir, 'workspace', path.relative(repoRoot, file));
  const relative = path.relative(distDir, target).split(path.sep).join('/');
  return `new URL(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}, import.meta.url).href`;
}

/** Bundles `entries` (paths relative to `packageDir`) into `packageDir/dist`; returns what it imports from npm. */
export async function bundleService(packageDir, entries) {
  const repoRoot = folderWith('pnpm-workspace.yaml', packageDir);
  const distDir = path.join(packageDir, 'dist');
  const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8'));
  const otherPackages = new Set();
  await rm(distDir, { recursive: true, force: true });

  const workspaceInline = {
    name: 'duda-workspace-inline',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point' || !isBare(args.path) || args.path.startsWith(WORKSPACE_SCOPE))
          return;
        return { path: args.path, external: true };
      });
      b.onLoad({ filter: /\.[mc]?[jt]s$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return;
        const source = await readFile(args.path, 'utf8');
        const owner = folderWith('package.json', path.dirname(args.path));
        if (owner !== packageDir) otherPackages.add(owner);
        if (!source.includes('import.meta.url')) return;
        const url = locateImportMeta({ file: args.path, packageDir, distDir, repoRoot });
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };

  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: entries,
    outdir: distDir,
    outbase: 'src',
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    sourcemap: true,
    keepNames: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [workspaceInline],
  });

  for (const dir of otherPackages) {
    const prisma = path.join(dir, 'prisma');
    if (existsSync(prisma))
      await cp(prisma, path.join(distDir, 'workspace', path.relative(repoRoot, dir), 'prisma'), {
        recursive: true,
      });
  }

  const imported = new Set();
  for (const output of Object.values(result.metafile.outputs))
    for (const { path: specifier, external } of output.imports)
      if (external && isBare(specifier) && !specifier.startsWith('node:'))
        imported.add(packageName(specifier));
  const declared = new Set(Object.keys(manifest.dependencies ?? {}));
  const missing = [...imported].filter((name) => !declared.has(name)).sort();
  if (missing.length > 0)
    throw new Error(
      `${manifest.name}'s build imports ${missing.join(', ')} at run time: add ${missing.length > 1 ? 'them' : 'it'} ` +
        `to its "dependencies" ("catalog:"), or \`pnpm deploy --prod\` leaves ${missing.length > 1 ? 'them' : 'it'} out.`,
    );
  return [...imported].sort();
}
