// How the gateway learns the remotes on Kubernetes: it asks the web Service (DUDA_WEB_URL) for the shell's page
// and /remotes/index.json, which the web image's build writes (infra/docker/Dockerfile, stage front-ends), instead
// of copying the web image's files into its own pod — so moving the web image's tag rolls the web pods alone and
// the running gateway lists the new remotes within seconds (services/gateway/src/remote-list.ts, ADR 0015).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IService } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { deploymentNamed } from './environment.ts';
import { configMapData, kustomize, type KubeObject } from './manifests.ts';

const production = kustomize('overlays/production');
const podOf = (name: string) =>
  (deploymentNamed(production, name).spec as { template: { spec: IPodSpec } }).template.spec;

/** The front-ends stage's command that lays the built apps out as the web image serves them. */
function layoutCommand(): string {
  const dockerfile = readFileSync(path.resolve(import.meta.dirname, '../../docker/Dockerfile'), 'utf8');
  const stage = dockerfile.split(/^FROM /m).find((s) => s.startsWith('workspace AS front-ends'))!;
  const run = stage
    .replace(/\\\n/g, ' ')
    .split('\n')
    .find((line) => line.startsWith('RUN mkdir -p /web/remotes'))!;
  return run.slice('RUN '.length);
}

function file(root: string, relative: string, text = '{}') {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
}

/** Runs the layout command on built apps under `root`, into `root/web`. */
async function layOut(apps: string[]): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'duda-web-image-'));
  file(root, 'apps/shell/dist/index.html', '<!doctype html>');
  file(root, 'apps/shell/dist/mf-manifest.json');
  file(root, 'apps/e2e/package.json');
  for (const name of apps) {
    file(root, `apps/${name}/dist/mf-manifest.json`);
    file(root, `apps/${name}/dist/remote.json`, `{"name":"${name}"}`);
    file(root, `apps/${name}/dist/pages.json`);
  }
  execFileSync('sh', ['-c', layoutCommand().replaceAll('/web/', `${root}/web/`)], {
    cwd: root,
    stdio: 'pipe',
  });
  return path.join(root, 'web');
}

describe('the gateway’s remotes on Kubernetes', () => {
  it('are asked of the web Service, at the port its pods serve on', () => {
    const url = new URL(configMapData(production, 'duda-gateway').DUDA_WEB_URL!);
    const service = production.find(
      (o): o is KubeObject & IService => o.kind === 'Service' && o.metadata.name === url.hostname,
    );
    expect(service?.spec?.selector).toEqual({ 'app.kubernetes.io/name': 'web' });
    const port = service!.spec!.ports!.find((p) => p.port === Number(url.port));
    const served = podOf('web').containers[0]!.ports!.find((p) => p.name === port?.targetPort);
    expect(served?.containerPort).toBe(8080);
  });

  it('are not copied into the gateway’s pod: moving the web image’s tag leaves the gateway’s pods running', () => {
    const gateway = podOf('gateway');
    expect(gateway.initContainers ?? []).toEqual([]);
    const webImage = podOf('web').containers[0]!.image!;
    expect(JSON.stringify(deploymentNamed(production, 'gateway'))).not.toContain(webImage.split(':')[0]);
    expect(configMapData(production, 'duda-gateway').DUDA_WEB_ROOT).toBeUndefined();
  });

  it('are listed by the web image in remotes/index.json, beside each remote’s own files and the shell’s page', async () => {
    const web = await layOut(['inspection', 'training']);
    expect(JSON.parse(readFileSync(path.join(web, 'remotes', 'index.json'), 'utf8'))).toEqual({
      remotes: ['inspection', 'training'],
    });
    for (const name of ['inspection', 'training'])
      for (const f of ['mf-manifest.json', 'remote.json', 'pages.json'])
        expect(existsSync(path.join(web, 'remotes', name, f)), `${name}/${f}`).toBe(true);
    expect(readFileSync(path.join(web, 'index.html'), 'utf8')).toBe('<!doctype html>');
    expect(existsSync(path.join(web, 'remotes', 'shell'))).toBe(false);
  });

  it('are an empty list, not a missing one, when the image has no remote', async () => {
    const web = await layOut([]);
    expect(JSON.parse(readFileSync(path.join(web, 'remotes', 'index.json'), 'utf8'))).toEqual({
      remotes: [],
    });
  });
});
