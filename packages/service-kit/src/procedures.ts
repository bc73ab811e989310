// What the gateway needs to forward a service it does not run: every procedure's path and kind. Read from
// the router definition itself, built with deps that refuse to be used, so a remote service is never
// constructed (no Prisma client, no pool, no storage) in the gateway's process.
import type { AnyRouter } from '@trpc/server';

export type ProcedureKind = 'query' | 'mutation';

/** `{ 'plans.list': 'query', 'plans.create': 'mutation', … }`: paths relative to the service's prefix. */
export type ProcedureManifest = Readonly<Record<string, ProcedureKind>>;

/**
 * Deps for building a router only to read its shape. A router factory closes over its deps and touches
 * them only inside handlers; one that reads them while building fails here loudly instead of silently
 * opening a connection.
 */
export function unusableDeps<T>(service: string): T {
  return new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(
          `${service}: its router factory read deps.${String(property)} while building; a router must touch its deps only in handlers`,
        );
      },
    },
  ) as T;
}

export function procedureManifest(router: AnyRouter): ProcedureManifest {
  const procedures = router._def.procedures as Record<string, { _def: { type: string } }>;
  return Object.fromEntries(
    Object.entries(procedures).map(([path, procedure]) => {
      const kind = procedure._def.type;
      if (kind !== 'query' && kind !== 'mutation')
        throw new Error(`${path}: only queries and mutations can be forwarded, not ${kind}`);
      return [path, kind];
    }),
  );
}
