// Where org nodes sit, asked of the org service on behalf of the caller: a node's name and level, and the
// district and city above it (templates of the units above a node are the ones it fills in).
import type { CallerContext } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';

export interface OrgPlace {
  id: string;
  name: string;
  level: string;
  /** The node itself and the units above it that own templates (district, city); the province is found by level. */
  line: string[];
}

interface NodeView {
  id: string;
  name: string;
  level: string;
  district: { id: string } | null;
  city: { id: string } | null;
}

/** The places of the nodes the caller may see (unknown or hidden ids are left out). */
export async function orgPlaces(deps: FormsDeps, ctx: CallerContext, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, OrgPlace>();
  const nodes = await deps.org.query<NodeView[]>(ctx, 'nodes', { ids: unique });
  return new Map(
    nodes.map((node): [string, OrgPlace] => [
      node.id,
      {
        id: node.id,
        name: node.name,
        level: node.level,
        line: [node.id, node.district?.id, node.city?.id].filter((id): id is string => Boolean(id)),
      },
    ]),
  );
}
