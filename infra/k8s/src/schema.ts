// Each object checked against the Kubernetes API's own schema for its apiVersion and kind, as shipped by the
// `kubernetes-models` package (generated from the Kubernetes OpenAPI document; validated with ajv).
import * as models from 'kubernetes-models';
import type { KubeObject } from './manifests.ts';

interface ModelClass {
  new (data: unknown): { validate(): void };
}
type Versions = Record<string, Record<string, ModelClass | undefined> | undefined>;

/** `networking.k8s.io` → `networkingK8sIo`, the package's name for an API group's namespace. */
const groupKey = (group: string) => group.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

function modelOf(apiVersion: string, kind: string): ModelClass | undefined {
  const all = models as unknown as Record<string, Versions | Record<string, ModelClass>>;
  const slash = apiVersion.indexOf('/');
  // The core group ("v1") has no group name: its kinds sit directly under `v1`.
  if (slash < 0) return (all[apiVersion] as Record<string, ModelClass> | undefined)?.[kind];
  const group = all[groupKey(apiVersion.slice(0, slash))] as Versions | undefined;
  return group?.[apiVersion.slice(slash + 1)]?.[kind];
}

/** What is wrong with `object` by its schema; empty when it is valid. */
export function schemaErrors(object: KubeObject): string[] {
  const Model = modelOf(object.apiVersion, object.kind);
  if (!Model) return [`no Kubernetes schema for ${object.apiVersion} ${object.kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}
