import { describe, expect, it } from 'vitest';
import { asDeployable, nextServicePort, SERVICE_RUNTIME_DEPENDENCIES } from './deployable.mjs';

const scaffold = {
  name: '@duda/service-x',
  exports: { '.': './src/index.ts' },
  duda: { database: 'src/database.ts' },
  scripts: { generate: 'duda-db generate', 'db:migrate': 'duda-db migrate', test: 'vitest run' },
  dependencies: { '@duda/service-kit': 'workspace:*', ajv: 'catalog:', zod: 'catalog:' },
  devDependencies: { '@duda/tooling': 'workspace:*', vitest: 'catalog:' },
};

describe('a service package in the deployable shape', () => {
  const pkg = asDeployable(scaffold);

  it('runs its bundle, ships dist and prisma, and keeps its other scripts where they were', () => {
    expect(Object.keys(pkg)).toEqual([
      'name',
      'exports',
      'files',
      'duda',
      'scripts',
      'dependencies',
      'devDependencies',
    ]);
    expect(pkg.files).toEqual(['dist', 'prisma']);
    expect(Object.keys(pkg.scripts)).toEqual(['generate', 'db:migrate', 'start', 'build', 'dev', 'test']);
  });

  it('moves the workspace packages to devDependencies (inlined) and lists what the bundle imports from npm', () => {
    expect(pkg.devDependencies).toEqual({
      '@duda/service-kit': 'workspace:*',
      '@duda/tooling': 'workspace:*',
      tsx: 'catalog:',
      vitest: 'catalog:',
    });
    expect(Object.keys(pkg.dependencies)).toEqual(
      [...SERVICE_RUNTIME_DEPENDENCIES, 'ajv'].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('is the same when applied twice', () => {
    expect(asDeployable(pkg)).toEqual(pkg);
  });
});

describe('the port of a new service run alone', () => {
  it('is the next after those the services name', () => {
    expect(
      nextServicePort(['runServiceAlone(m, { defaultPort: 4105 })', 'Number(process.env.PORT ?? 4101)']),
    ).toBe(4106);
    expect(nextServicePort([])).toBe(4101);
  });
});
