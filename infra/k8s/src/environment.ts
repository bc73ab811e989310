// Which variables a Deployment's container is given (its `env` and the ConfigMaps of its `envFrom`), and which
// of those its code reads are missing.
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { serviceFolders, variablesReadBy } from './code-variables.ts';
import type { KubeObject } from './manifests.ts';

/**
 * Read by the code, deliberately not set in the cluster — each with why. Everything else the code reads
 * must be given to the Deployment that runs that code.
 */
export const UNSET_IN_CLUSTER: Record<string, string> = {
  DUDA_PG_PORT: 'the embedded PostgreSQL’s port; a cluster’s pods always have DATABASE_APP_URL',
  DUDA_PG_DATA: 'the embedded PostgreSQL’s data folder; a cluster’s pods always have DATABASE_APP_URL',
  DUDA_GATEWAY_URL: 'where the Vite dev servers proxy the API to; development only',
  DUDA_WEB_ROOT: 'a gateway’s front-ends folder; the cluster’s gateway asks the web Service (DUDA_WEB_URL)',
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT:
    'OTEL_EXPORTER_OTLP_ENDPOINT names the collector; this one would only move traces elsewhere',
};

/**
 * Read by the code, given to the migrate Job only: the owner role migrates there once per rollout, and a pod
 * started without it checks that every migration it ships is applied instead of applying them (ADR 0015).
 */
export const MIGRATE_JOB_ONLY: Record<string, string> = {
  DATABASE_URL: 'the owner role',
};

const podOf = (deployment: KubeObject) => (deployment.spec as { template: { spec: IPodSpec } }).template.spec;

export function deploymentNamed(objects: KubeObject[], name: string): KubeObject {
  const found = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === name);
  if (!found) throw new Error(`no Deployment ${name}`);
  return found;
}

/** The variables the containers of Deployment `name` get. */
export function providedTo(objects: KubeObject[], name: string): Set<string> {
  const configMaps = new Map(
    objects
      .filter((o) => o.kind === 'ConfigMap')
      .map((o) => [o.metadata.name, Object.keys((o as { data?: Record<string, string> }).data ?? {})]),
  );
  const names = podOf(deploymentNamed(objects, name)).containers.flatMap((c) => [
    ...(c.env ?? []).map((v) => v.name),
    ...(c.envFrom ?? []).flatMap((source) => configMaps.get(source.configMapRef?.name ?? '') ?? []),
  ]);
  return new Set(names);
}

/**
 * The services each Deployment runs: a service with a Deployment of its own runs there, every other one
 * inside the gateway (ADR 0015).
 */
export function hostedServices(objects: KubeObject[]): Map<string, string[]> {
  const own = new Set(objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name));
  const services = serviceFolders();
  const hosted = new Map(services.filter((s) => own.has(s)).map((s) => [s, [s]]));
  hosted.set('gateway', ['gateway', ...services.filter((s) => !own.has(s))]);
  return hosted;
}

/** `variable → file reading it` for what Deployment `name`'s code reads and is neither given nor excused. */
export function missingVariables(
  objects: KubeObject[],
  name: string,
  hosted: string[],
): Record<string, string> {
  const given = providedTo(objects, name);
  return Object.fromEntries(
    [...variablesReadBy(hosted)].filter(
      ([v]) => !given.has(v) && !(v in UNSET_IN_CLUSTER) && !(v in MIGRATE_JOB_ONLY),
    ),
  );
}
