// The manifests as the cluster receives them: `kubectl kustomize <dir>` (kustomize v5, built into kubectl —
// there is no kustomize on npm), parsed into objects.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** infra/k8s, the folder holding `base/` and `overlays/`. */
export const k8sRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function kustomize(dir: string): KubeObject[] {
  let output: string;
  try {
    output = execFileSync('kubectl', ['kustomize', path.resolve(k8sRoot, dir)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { code, stderr } = error as NodeJS.ErrnoException & { stderr?: string };
    if (code === 'ENOENT')
      throw new Error('kubectl is not on the PATH: the manifests are built with `kubectl kustomize`', {
        cause: error,
      });
    throw new Error(`kubectl kustomize ${dir} failed:\n${stderr ?? String(error)}`, { cause: error });
  }
  return parseAllDocuments(output).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${dir}: ${doc.errors.map((e) => e.message).join('; ')}`);
    return doc.toJS() as KubeObject;
  });
}

export const idOf = (o: Pick<KubeObject, 'kind' | 'metadata'>) => `${o.kind}/${o.metadata.name}`;

/** The data of ConfigMap `name` in `objects` (empty when there is none). */
export function configMapData(objects: KubeObject[], name: string): Record<string, string> {
  const map = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name);
  return (map as { data?: Record<string, string> } | undefined)?.data ?? {};
}
