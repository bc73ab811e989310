// The migration Job runs what the gateway image holds, and the commands in docs/operations.md pick it alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './code-variables.ts';
import { deploymentNamed, MIGRATE_JOB_ONLY } from './environment.ts';
import { kustomize } from './manifests.ts';

const production = kustomize('overlays/production');
const job = production.find((o) => o.kind === 'Job') as unknown as IJob;
const container = job.spec!.template.spec!.containers[0]!;

describe('the migration Job', () => {
  it('runs a file the gateway’s build bundles, from the gateway’s image', () => {
    const gateway = JSON.parse(
      readFileSync(path.join(repoRoot, 'services/gateway/package.json'), 'utf8'),
    ) as {
      scripts: { build: string };
    };
    const script = container.command!.find((arg) => arg.startsWith('dist/'))!;
    const entry = script.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
    expect(gateway.scripts.build.split(/\s+/)).toContain(entry);
    const gatewayPod = (deploymentNamed(production, 'gateway').spec as { template: { spec: IPodSpec } })
      .template.spec;
    expect(container.image).toBe(gatewayPod.containers[0]!.image);
  });

  it('is the only object the label in operations.md’s first deploy step selects', () => {
    const [, selector] = /-l (app\.kubernetes\.io\/component=[a-z-]+)/.exec(
      readFileSync(path.join(repoRoot, 'docs/operations.md'), 'utf8'),
    )!;
    const [key, value] = selector!.split('=') as [string, string];
    const picked = production.filter((o) => o.metadata.labels?.[key] === value);
    expect(picked.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Job/duda-migrate']);
  });

  it('holds the owner’s credentials and never restarts in place', () => {
    expect(container.env?.map((v) => v.name)).toEqual(
      expect.arrayContaining([...Object.keys(MIGRATE_JOB_ONLY), 'DATABASE_APP_URL', 'DUDA_SERVICE_SECRET']),
    );
    expect(job.spec!.template.spec!.restartPolicy).toBe('Never');
  });
});
