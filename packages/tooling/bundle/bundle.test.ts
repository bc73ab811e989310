// duda-bundle on a tiny workspace of its own: a module that reads a file beside itself still finds it from
// dist/, and an npm import the package does not declare fails the build by name.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleService, locateImportMeta, packageName } from './bundle.mjs';

let root: string;
const write = async (file: string, content: string) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
};
const service = (dependencies: Record<string, string> = {}) =>
  JSON.stringify({ name: '@duda/service-fixture', type: 'module', dependencies });

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'duda-bundle-'));
  await write('pnpm-workspace.yaml', 'packages: [services/*]\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('duda-bundle', () => {
  it('names the package of an import', () => {
    expect(packageName('@prisma/client/runtime/client')).toBe('@prisma/client');
    expect(packageName('zod/v4/locales')).toBe('zod');
    expect(packageName('pg')).toBe('pg');
  });

  it('keeps an inlined file’s own place for import.meta.url: its package’s, or under dist/workspace/', () => {
    const at = { packageDir: '/r/services/a', distDir: '/r/services/a/dist', repoRoot: '/r' };
    expect(locateImportMeta({ ...at, file: '/r/services/a/src/database.ts' })).toBe(
      'new URL("../src/database.ts", import.meta.url).href',
    );
    expect(locateImportMeta({ ...at, file: '/r/services/b/src/database.ts' })).toBe(
      'new URL("./workspace/services/b/src/database.ts", import.meta.url).href',
    );
  });

  it('builds a module that finds its folder from dist/ as it did from src/', async () => {
    await write('services/fixture/package.json', service());
    // Two folders down, so the bundle's own position (dist/main.js) would name another folder.
    await write(
      'services/fixture/src/db/where.ts',
      "export const root = new URL('../..', import.meta.url).pathname;\n",
    );
    await write(
      'services/fixture/src/main.ts',
      "import { root } from './db/where.ts';\nconsole.log(root);\n",
    );
    const packageDir = path.join(root, 'services/fixture');
    expect(await bundleService(packageDir, ['src/main.ts'])).toEqual([]);
    const printed = execFileSync(process.execPath, [path.join(packageDir, 'dist/main.js')], {
      encoding: 'utf8',
    });
    expect(printed.trim()).toBe(pathToFileURL(`${packageDir}/`).pathname);
  });

  it('refuses an npm import the package does not declare, and lists the ones it does', async () => {
    await write(
      'services/fixture/src/main.ts',
      "import pg from 'pg';\nimport { z } from 'zod';\nconsole.log(pg, z);\n",
    );
    const packageDir = path.join(root, 'services/fixture');
    await write('services/fixture/package.json', service({ zod: 'catalog:' }));
    await expect(bundleService(packageDir, ['src/main.ts'])).rejects.toThrow(/imports pg at run time/);
    await write('services/fixture/package.json', service({ zod: 'catalog:', pg: 'catalog:' }));
    expect(await bundleService(packageDir, ['src/main.ts'])).toEqual(['pg', 'zod']);
  });
});
