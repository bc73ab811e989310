// Every variable the gateway and the services read reaches the Deployment that runs that code; the gateway
// forwards to exactly the services that have their own Deployment; in-cluster URLs name real Services.
import { describe, expect, it } from 'vitest';
import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import {
  deploymentNamed,
  hostedServices,
  MIGRATE_JOB_ONLY,
  missingVariables,
  providedTo,
} from './environment.ts';
import { configMapData, kustomize, type KubeObject } from './manifests.ts';

const production = kustomize('overlays/production');
const hosted = hostedServices(production);

describe('environment', () => {
  it('runs org, inspection, training, forms, performance and operations on their own, every other service inside the gateway', () => {
    expect([...hosted.keys()].sort()).toEqual([
      'forms',
      'gateway',
      'inspection',
      'operations',
      'org',
      'performance',
      'training',
    ]);
    expect(hosted.get('gateway')).toContain('gateway');
  });

  it.each([...hosted])('gives %s every variable its code reads', (name, services) => {
    expect(missingVariables(production, name, services)).toEqual({});
  });

  it('reports a variable the code reads that no manifest gives', () => {
    const without = production.map((o) => {
      if (o.kind !== 'ConfigMap' || o.metadata.name !== 'duda-gateway') return o;
      const copy = structuredClone(o) as KubeObject & { data: Record<string, string> };
      delete copy.data.DUDA_TRUST_PROXY;
      return copy;
    });
    expect(missingVariables(without, 'gateway', hosted.get('gateway')!)).toEqual({
      DUDA_TRUST_PROXY: 'services/gateway/src/config.ts',
    });
  });

  it('forwards to exactly the services with their own Deployment, at their Services', () => {
    const urls = configMapData(production, 'duda-gateway')
      .DUDA_SERVICE_URLS!.split(',')
      .map((pair) => pair.split('=') as [string, string]);
    const own = [...hosted.keys()].filter((name) => name !== 'gateway').sort();
    expect(urls.map(([name]) => name).sort()).toEqual(own);
    for (const [name, url] of urls) expect(url).toMatch(new RegExp(`^http://${name}:\\d+/trpc$`));
  });

  it('names only Services and ports of the build in its in-cluster URLs', () => {
    const ports = new Map(
      production
        .filter((o) => o.kind === 'Service')
        .map((s) => [s.metadata.name, (s.spec as { ports: { port: number }[] }).ports.map((p) => p.port)]),
    );
    const values = production
      .filter((o) => o.kind === 'ConfigMap')
      .flatMap((o) => Object.values(configMapData(production, o.metadata.name)));
    const urls = values.flatMap((v) => [...v.matchAll(/http:\/\/([a-z0-9-]+):(\d+)\//g)]);
    expect(urls.length).toBeGreaterThan(0);
    for (const [url, host, port] of urls) expect(ports.get(host!), url).toContain(Number(port));
  });

  it('opens the metrics port where the pods name it and Prometheus looks for it', () => {
    const port = Number(configMapData(production, 'duda-config').DUDA_METRICS_PORT);
    for (const name of hosted.keys()) {
      const template = (deploymentNamed(production, name).spec as { template: IPodTemplateSpec }).template;
      const ports = template.spec!.containers[0]!.ports ?? [];
      expect(ports.find((p) => p.name === 'metrics')?.containerPort, name).toBe(port);
      expect(template.metadata?.annotations?.['prometheus.io/port'], name).toBe(String(port));
    }
  });

  it('gives the database owner to no Deployment: the migrate Job alone migrates (ADR 0015)', () => {
    for (const name of [...hosted.keys(), 'web']) {
      for (const variable of Object.keys(MIGRATE_JOB_ONLY))
        expect(providedTo(production, name).has(variable), `${name} ${variable}`).toBe(false);
      if (name !== 'web') expect(providedTo(production, name).has('DATABASE_APP_URL'), name).toBe(true);
    }
  });

  it('gives the database owner and the secrets to no Deployment that does not run their code', () => {
    expect(providedTo(production, 'web').size).toBe(0);
    expect(providedTo(production, 'org').has('DUDA_COOKIE_SECRET')).toBe(false);
  });
});
