// `org.tree`, `org.node`, `org.nodes`, `org.halls`: reading the org tree within the caller's scope.
import { directoryInputs as input } from '@duda/contract-org';
import { authedProcedure } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { listHalls, nodeDetail, nodesByIds, visibleTree } from '../directory/org-queries.ts';

/** Top-level procedures of `org.*` (the paths predate the split, so they are not nested). */
export const directoryProcedures = (deps: OrgDeps) => ({
  tree: authedProcedure
    .input(input.tree)
    .query(({ ctx, input }) => visibleTree(deps, ctx.actor, input.includeInactive)),
  node: authedProcedure.input(input.node).query(({ ctx, input }) => nodeDetail(deps, ctx.actor, input.id)),
  nodes: authedProcedure.input(input.nodes).query(({ ctx, input }) => nodesByIds(deps, ctx.actor, input.ids)),
  halls: authedProcedure.input(input.halls).query(({ ctx, input }) => listHalls(deps, ctx.actor, input)),
});
