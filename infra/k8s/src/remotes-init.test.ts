// The gateway pod's init container, run on a copy of the web image's layout (infra/docker: the shell at the
// root, each remote under remotes/<name>/): it must leave what the gateway reads under DUDA_WEB_ROOT —
// <root>/<name>/dist/mf-manifest.json and remote.json, and the shell's page as <root>/shell/dist/index.html
// (services/gateway/src/web.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { describe, expect, it } from 'vitest';
import { deploymentNamed } from './environment.ts';
import { configMapData, kustomize } from './manifests.ts';

const production = kustomize('overlays/production');
const pod = (deploymentNamed(production, 'gateway').spec as { template: { spec: IPodSpec } }).template.spec;
const init = pod.initContainers!.find((c) => c.name === 'remotes')!;

/** Runs the init container's command with its two folders moved under `root`. */
function runInit(root: string) {
  const [shell, flag, script] = init.command!;
  const moved = script!
    .replaceAll('/usr/share/nginx/html/', `${root}/html/`)
    .replaceAll('"/web/', `"${root}/web/`);
  execFileSync(shell!, [flag!, moved], { stdio: 'pipe' });
}

function file(root: string, relative: string, text = '{}') {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
}

describe('the gateway pod’s remotes', () => {
  it('come from the web image the web Deployment serves, into DUDA_WEB_ROOT', () => {
    const web = (deploymentNamed(production, 'web').spec as { template: { spec: IPodSpec } }).template.spec;
    expect(init.image).toBe(web.containers[0]!.image);
    const mount = pod.containers[0]!.volumeMounts!.find((m) => m.name === 'remotes');
    expect(mount?.mountPath).toBe(configMapData(production, 'duda-gateway').DUDA_WEB_ROOT);
    expect(init.volumeMounts).toEqual([{ name: 'remotes', mountPath: '/web' }]);
  });

  it('are laid out as the gateway reads them', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'duda-remotes-'));
    file(root, 'html/index.html', '<!doctype html>');
    file(root, 'html/remotes/inspection/mf-manifest.json');
    file(root, 'html/remotes/inspection/remote.json');
    file(root, 'html/remotes/inspection/assets/remote-Ab12Cd34.js', '');
    file(root, 'html/remotes/training/mf-manifest.json');
    file(root, 'html/remotes/training/remote.json');
    mkdirSync(path.join(root, 'web'));
    runInit(root);
    expect(readdirSync(path.join(root, 'web')).sort()).toEqual(['inspection', 'shell', 'training']);
    for (const name of ['inspection', 'training'])
      for (const f of ['mf-manifest.json', 'remote.json'])
        expect(existsSync(path.join(root, 'web', name, 'dist', f)), `${name}/${f}`).toBe(true);
    // The page the gateway serves (with the signed-in person and the remote list, ADR 0023).
    expect(readFileSync(path.join(root, 'web', 'shell', 'dist', 'index.html'), 'utf8')).toBe(
      '<!doctype html>',
    );
  });

  it('are none (the shell’s page only), without failing, when the image has no remote', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'duda-remotes-'));
    file(root, 'html/index.html', '<!doctype html>');
    mkdirSync(path.join(root, 'web'));
    runInit(root);
    expect(readdirSync(path.join(root, 'web'))).toEqual(['shell']);
  });
});
