import { describe, expect, it } from 'vitest';
import { routeOf } from './ingress.ts';
import { kustomize, type KubeObject } from './manifests.ts';
import { shapeProblems } from './shape.ts';

const production = kustomize('overlays/production');
const HOST = 'duda.example.com';

// The changes below reach deep into one object; the schema test covers types, so this one goes untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = Record<string, any>;

/** A copy of the build with one object changed. */
function changed(kind: string, name: string, change: (o: Untyped) => void): KubeObject[] {
  return production.map((o) => {
    if (o.kind !== kind || o.metadata.name !== name) return o;
    const copy = structuredClone(o);
    change(copy);
    return copy;
  });
}

describe('deployment shape', () => {
  it('holds in the base and the production build', () => {
    expect(shapeProblems(kustomize('base'))).toEqual([]);
    expect(shapeProblems(production)).toEqual([]);
  });

  it('has a Deployment per service, the gateway and the front-ends, and the migration Job', () => {
    const names = (kind: string) => production.filter((o) => o.kind === kind).map((o) => o.metadata.name);
    expect(names('Deployment').sort()).toEqual([
      'forms',
      'gateway',
      'inspection',
      'operations',
      'org',
      'performance',
      'training',
      'web',
    ]);
    expect(names('Job')).toEqual(['duda-migrate']);
  });

  it('finds a readiness probe on the wrong path', () => {
    const broken = changed('Deployment', 'org', (d) => {
      d.spec.template.spec.containers[0].readinessProbe.httpGet.path = '/healthz';
    });
    expect(shapeProblems(broken)).toEqual(['Deployment/org container org: readiness is not GET /readyz']);
  });

  it('finds a container without a memory limit, and one allowed to run as root', () => {
    const broken = changed('Deployment', 'training', (d) => {
      delete d.spec.template.spec.containers[0].resources.limits.memory;
      delete d.spec.template.spec.securityContext.runAsNonRoot;
    });
    expect(shapeProblems(broken)).toEqual([
      'Deployment/training: may run as root',
      'Deployment/training container training: no memory limit',
    ]);
  });

  it('finds a Deployment that names its replicas, which its autoscaler owns', () => {
    const broken = changed('Deployment', 'web', (d) => {
      d.spec.replicas = 3;
    });
    expect(shapeProblems(broken)).toEqual(['Deployment/web: names replicas, which its autoscaler owns']);
  });

  it('finds a Deployment whose Service, autoscaler and budget select nothing', () => {
    const broken = changed('Deployment', 'inspection', (d) => {
      d.spec.template.metadata.labels['app.kubernetes.io/name'] = 'inspections';
    });
    expect(shapeProblems(broken)).toEqual([
      'Deployment/inspection: no Service selects its pods',
      'Deployment/inspection: no PodDisruptionBudget selects its pods',
    ]);
  });

  it('finds a reference to a ConfigMap or claim the build does not make', () => {
    const broken = changed('Deployment', 'gateway', (d) => {
      d.spec.template.spec.containers[0].envFrom[1].configMapRef.name = 'duda-gw';
      d.spec.template.spec.volumes[1].persistentVolumeClaim.claimName = 'uploads';
    });
    expect(shapeProblems(broken)).toEqual([
      'Deployment/gateway: ConfigMap duda-gw is not in the build',
      'Deployment/gateway: claim uploads is not in the build',
    ]);
  });
});

describe('ingress', () => {
  it.each([
    ['/trpc/org.me', 'gateway'],
    ['/trpc/auth.login', 'gateway'],
    ['/api/remotes', 'gateway'],
    ['/api/csrf-token', 'gateway'],
    ['/api/inspection/photos/abc', 'gateway'],
    ['/remotes/inspection/mf-manifest.json', 'web'],
    ['/remotes/training/assets/remote-Ab12Cd34.js', 'web'],
    // A page carries the signed-in person and the remote list (ADR 0023): only the gateway can write them.
    ['/', 'gateway'],
    ['/inspection/plans/2026-12', 'gateway'],
    ['/assets/index-Ab12Cd34.js', 'web'],
    ['/remoteEntry.js', 'web'],
  ])('sends %s to %s', (requestPath, service) => {
    expect(routeOf(production, requestPath, HOST)).toEqual({ service, port: 'http' });
  });

  it('sends every path to a Service and port of the build', () => {
    const services = production.filter((o) => o.kind === 'Service') as (KubeObject & {
      spec: { ports: { name: string }[] };
    })[];
    for (const requestPath of ['/trpc', '/api', '/remotes', '/']) {
      const route = routeOf(production, requestPath, HOST)!;
      const service = services.find((s) => s.metadata.name === route.service);
      expect(service?.spec.ports.map((p) => p.name)).toContain(route.port);
    }
  });

  it('keeps /assetsx and /remotesx away from the web pods (prefixes match whole path elements)', () => {
    expect(routeOf(production, '/assetsx', HOST)?.service).toBe('gateway');
    expect(routeOf(production, '/remotesx', HOST)?.service).toBe('gateway');
  });
});
