// Reading the org tree (组织架构) and its halls: the inputs of `org.tree`, `org.node`, `org.nodes` and
// `org.halls`.
import { comparedText, pageInput } from '@duda/contract-kit';
import { z } from 'zod';
import { byId, id } from './common.ts';

export const directoryInputs = {
  tree: z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }),
  node: byId,
  nodes: z.object({ ids: z.array(id).max(1000) }),
  halls: pageInput.extend({
    q: comparedText().trim().max(50).nullish(),
    districtId: id.nullish(),
    includeInactive: z.boolean().default(false),
  }),
};
