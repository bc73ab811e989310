// What this platform asks of its manifests beyond the API schema (ADR 0015): each Deployment probed on
// /readyz and /healthz, bounded in resources, non-root, and paired with its Service, autoscaler and
// disruption budget; every reference (Service selector, autoscaler target, ConfigMap, Secret, volume) lands.
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { idOf, type KubeObject } from './manifests.ts';

interface Selector {
  matchLabels?: Record<string, string>;
}
type Labelled = KubeObject & { spec: { selector?: Selector & Record<string, string> } };
interface Workload {
  object: KubeObject;
  labels: Record<string, string>;
  pod: IPodSpec;
}

const byKind = (objects: KubeObject[], kind: string) => objects.filter((o) => o.kind === kind);

function workloads(objects: KubeObject[]): Workload[] {
  return objects.flatMap((object) => {
    if (object.kind !== 'Deployment' && object.kind !== 'Job') return [];
    const template = (
      object.spec as { template: { metadata?: { labels?: Record<string, string> }; spec: IPodSpec } }
    ).template;
    return [{ object, labels: template.metadata?.labels ?? {}, pod: template.spec }];
  });
}

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  !!selector &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels[k] === v);

function containerProblems(id: string, c: IContainer, long: boolean): string[] {
  const problems: string[] = [];
  const where = `${id} container ${c.name}`;
  if (long) {
    if (c.readinessProbe?.httpGet?.path !== '/readyz')
      problems.push(`${where}: readiness is not GET /readyz`);
    if (c.livenessProbe?.httpGet?.path !== '/healthz')
      problems.push(`${where}: liveness is not GET /healthz`);
  }
  for (const bound of ['requests', 'limits'] as const)
    for (const resource of ['cpu', 'memory'])
      if (!c.resources?.[bound]?.[resource]) problems.push(`${where}: no ${resource} ${bound.slice(0, -1)}`);
  const security = c.securityContext;
  if (security?.allowPrivilegeEscalation !== false) problems.push(`${where}: privilege escalation allowed`);
  if (security?.readOnlyRootFilesystem !== true) problems.push(`${where}: root filesystem writable`);
  if (!security?.capabilities?.drop?.includes('ALL')) problems.push(`${where}: capabilities not dropped`);
  return problems;
}

function referenceProblems(id: string, pod: IPodSpec, objects: KubeObject[]): string[] {
  const problems: string[] = [];
  const configMaps = new Set(byKind(objects, 'ConfigMap').map((o) => o.metadata.name));
  const claims = new Set(byKind(objects, 'PersistentVolumeClaim').map((o) => o.metadata.name));
  for (const c of pod.containers) {
    for (const source of c.envFrom ?? []) {
      const name = source.configMapRef?.name;
      if (name && !configMaps.has(name)) problems.push(`${id}: ConfigMap ${name} is not in the build`);
    }
    for (const variable of c.env ?? []) {
      const ref = variable.valueFrom?.configMapKeyRef?.name;
      if (ref && !configMaps.has(ref)) problems.push(`${id}: ConfigMap ${ref} is not in the build`);
    }
  }
  for (const volume of pod.volumes ?? []) {
    const claim = volume.persistentVolumeClaim?.claimName;
    if (claim && !claims.has(claim)) problems.push(`${id}: claim ${claim} is not in the build`);
  }
  return problems;
}

function podProblems(w: Workload, objects: KubeObject[]): string[] {
  const id = idOf(w.object);
  const problems: string[] = [];
  const security = w.pod.securityContext;
  if (security?.runAsNonRoot !== true) problems.push(`${id}: may run as root`);
  if (security?.seccompProfile?.type !== 'RuntimeDefault') problems.push(`${id}: no RuntimeDefault seccomp`);
  if (w.pod.automountServiceAccountToken !== false) problems.push(`${id}: mounts an API token it never uses`);
  const long = w.object.kind === 'Deployment';
  for (const c of w.pod.containers) problems.push(...containerProblems(id, c, long));
  for (const c of w.pod.initContainers ?? []) problems.push(...containerProblems(id, c, false));
  return [...problems, ...referenceProblems(id, w.pod, objects)];
}

/** The Service, autoscaler and disruption budget a Deployment comes with. */
function companionProblems(w: Workload, objects: KubeObject[]): string[] {
  const id = idOf(w.object);
  const name = w.object.metadata.name;
  const problems: string[] = [];
  const ports = new Set(w.pod.containers.flatMap((c) => (c.ports ?? []).map((p) => p.name)));
  const services = (byKind(objects, 'Service') as Labelled[]).filter((s) =>
    selects(s.spec.selector, w.labels),
  );
  if (services.length === 0) problems.push(`${id}: no Service selects its pods`);
  for (const s of services)
    for (const port of (s.spec as { ports?: { targetPort?: string | number }[] }).ports ?? [])
      if (typeof port.targetPort === 'string' && !ports.has(port.targetPort))
        problems.push(`${idOf(s)}: targetPort ${port.targetPort} is no port of ${id}`);
  const hpa = byKind(objects, 'HorizontalPodAutoscaler').find(
    (h) => (h.spec as { scaleTargetRef: { kind: string; name: string } }).scaleTargetRef.name === name,
  );
  if (!hpa) problems.push(`${id}: no HorizontalPodAutoscaler`);
  // Each `kubectl apply` would set the count back to this, undoing what the autoscaler had scaled to.
  else if ((w.object.spec as { replicas?: number }).replicas !== undefined)
    problems.push(`${id}: names replicas, which its autoscaler owns`);
  else if (((hpa.spec as { minReplicas?: number }).minReplicas ?? 1) < 2)
    problems.push(`${idOf(hpa)}: fewer than two replicas at the least`);
  const pdb = (byKind(objects, 'PodDisruptionBudget') as Labelled[]).find((p) =>
    selects(p.spec.selector?.matchLabels, w.labels),
  );
  if (!pdb) problems.push(`${id}: no PodDisruptionBudget selects its pods`);
  return problems;
}

export function shapeProblems(objects: KubeObject[]): string[] {
  return workloads(objects).flatMap((w) => [
    ...podProblems(w, objects),
    ...(w.object.kind === 'Deployment' ? companionProblems(w, objects) : []),
  ]);
}
