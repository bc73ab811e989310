// Every package takes its compiler settings from a preset here, so they cannot drift apart again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const PRESETS = ['node', 'web', 'browser', 'library'].map((name) => `@duda/tooling/tsconfig/${name}.json`);

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

const packages = ['apps', 'packages', 'services']
  .flatMap((group) => readdirSync(path.join(root, group)).map((name) => path.join(group, name)))
  .filter((folder) => folder !== path.join('packages', 'tooling'))
  .filter((folder) => existsSync(path.join(root, folder, 'tsconfig.json')));

describe('the tsconfig presets', () => {
  it('finds the workspace packages', () => {
    expect(packages).toEqual(expect.arrayContaining(['apps/shell', 'packages/month', 'services/gateway']));
  });

  it.each(packages)('%s extends one preset and changes nothing but the DOM library', (folder) => {
    const tsconfig = readJson<{ extends?: string; compilerOptions?: Record<string, unknown> }>(
      path.join(root, folder, 'tsconfig.json'),
    );
    expect(PRESETS).toContain(tsconfig.extends);
    expect(Object.keys(tsconfig.compilerOptions ?? {}).filter((option) => option !== 'lib')).toEqual([]);
    const manifest = readJson<PackageJson>(path.join(root, folder, 'package.json'));
    expect(manifest.devDependencies?.['@duda/tooling']).toBe('workspace:*');
  });

  it('depend on no package of the workspace, since every package depends on them', () => {
    const manifest = readJson<PackageJson>(path.join(root, 'packages/tooling/package.json'));
    const own = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(own.filter((name) => name.startsWith('@duda/'))).toEqual([]);
  });
});
