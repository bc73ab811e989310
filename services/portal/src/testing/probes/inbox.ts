// The inbox's rows of the authorization matrix (待办, ADR 0018): every signed-in person asks for their own to-dos,
// nobody else's — each area's `pending.mine` has its own row with the area's secrets; here only who may ask.
import { defineAreaProbes, SIGNED_IN } from '@duda/service-org/testing/authz-probes';

export const inboxProbes = defineAreaProbes<null>({
  prefix: 'portal.inbox',
  world: async () => null,
  secrets: () => [],
  probes: {
    'portal.inbox.mine': { allowed: SIGNED_IN, input: () => ({ limit: 100 }) },
    'portal.inbox.counts': { allowed: SIGNED_IN },
  },
});
