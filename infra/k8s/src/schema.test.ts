// Every object of both builds against the Kubernetes API schema of its kind, and proof the check bites.
import { describe, expect, it } from 'vitest';
import { idOf, kustomize, type KubeObject } from './manifests.ts';
import { schemaErrors } from './schema.ts';

const builds = { base: kustomize('base'), production: kustomize('overlays/production') };
const deploymentOf = (objects: KubeObject[]) => {
  const found = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'gateway');
  if (!found) throw new Error('no gateway Deployment');
  return structuredClone(found) as KubeObject & {
    spec: { replicas: unknown; template: { spec: { containers: Record<string, unknown>[] } } };
  };
};

describe.each(Object.entries(builds))('%s build', (_name, objects) => {
  it.each(objects.map((o) => [idOf(o), o] as const))('%s matches its schema', (_id, object) => {
    expect(schemaErrors(object)).toEqual([]);
  });
});

describe('schema check', () => {
  it('refuses a Deployment whose replicas is a string', () => {
    const broken = deploymentOf(builds.production);
    broken.spec.replicas = 'two';
    expect(schemaErrors(broken)).toEqual([expect.stringContaining('spec/replicas must be integer')]);
  });

  it('refuses a container port given by name where a number belongs', () => {
    const broken = deploymentOf(builds.production);
    broken.spec.template.spec.containers[0]!.ports = [{ containerPort: 'http' }];
    expect(schemaErrors(broken).join()).toContain('containerPort must be integer');
  });

  it('refuses a memory limit that is no quantity', () => {
    const broken = deploymentOf(builds.production);
    broken.spec.template.spec.containers[0]!.resources = { limits: { memory: 'lots' } };
    expect(schemaErrors(broken).join()).toContain('must match format "quantity"');
  });

  it('refuses a kind the API does not have', () => {
    expect(schemaErrors({ apiVersion: 'apps/v1', kind: 'Deployments', metadata: { name: 'x' } })).toEqual([
      'no Kubernetes schema for apps/v1 Deployments',
    ]);
  });
});
