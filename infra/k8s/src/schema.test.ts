// Every object of both builds against the Kubernetes API schema of its kind, and proof the check bites.
import { describe, expect, it } from 'vitest';
import { createFieldChecker } from './fields.ts';
import { idOf, kustomize, type KubeObject } from './manifests.ts';
import { schemaErrors } from './schema.ts';

const builds = { base: kustomize('base'), production: kustomize('overlays/production') };
const fieldErrors = createFieldChecker([...builds.base, ...builds.production]);
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
    expect(fieldErrors(object)).toEqual([]);
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

  it('refuses misspelt fields, in the pod, its containers and the metadata', () => {
    const broken = deploymentOf(builds.production);
    const pod = broken.spec.template.spec as Record<string, unknown> & {
      containers: Record<string, unknown>[];
    };
    const container = pod.containers[0]!;
    container.readinesProbe = container.readinessProbe;
    delete container.readinessProbe;
    (container.securityContext as Record<string, unknown>).runAsNonroot = true;
    pod.serviceAcountName = 'gateway';
    (broken.metadata as Record<string, unknown>).label = { team: 'platform' };
    expect(fieldErrors(broken).sort()).toEqual([
      'Deployment/gateway.metadata.label: no such field',
      'Deployment/gateway.spec.template.spec.containers[0].readinesProbe: no such field',
      'Deployment/gateway.spec.template.spec.containers[0].securityContext.runAsNonroot: no such field',
      'Deployment/gateway.spec.template.spec.serviceAcountName: no such field',
    ]);
    expect(schemaErrors(broken)).toEqual([]); // what the schema alone lets through
  });

  it('refuses a kind the API does not have', () => {
    expect(schemaErrors({ apiVersion: 'apps/v1', kind: 'Deployments', metadata: { name: 'x' } })).toEqual([
      'no Kubernetes schema for apps/v1 Deployments',
    ]);
  });
});
