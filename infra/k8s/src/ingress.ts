// Which Service the Ingress hands a request path to, by the Kubernetes rules for `Prefix` paths: the longest
// prefix wins, matched element by element (`/api` matches `/api/remotes`, not `/apis`).
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { KubeObject } from './manifests.ts';

const elements = (p: string) => p.split('/').filter(Boolean);

function matches(prefix: string, requested: string): boolean {
  const want = elements(prefix);
  const have = elements(requested);
  return want.length <= have.length && want.every((e, i) => have[i] === e);
}

/** The backend `{ service, port }` of the rule for `host` (or the host-less rule) that takes `requestPath`. */
export function routeOf(objects: KubeObject[], requestPath: string, host?: string) {
  const routes = objects
    .filter((o): o is KubeObject & IIngress => o.kind === 'Ingress')
    .flatMap((ingress) => ingress.spec?.rules ?? [])
    .filter((rule) => rule.host === host)
    .flatMap((rule) => rule.http?.paths ?? [])
    .filter((p) => p.pathType === 'Prefix' && matches(p.path ?? '/', requestPath))
    .sort((a, b) => elements(b.path ?? '/').length - elements(a.path ?? '/').length);
  const service = routes[0]?.backend.service;
  return service && { service: service.name, port: service.port?.name ?? service.port?.number };
}
