// The to-do contract's row of the authorization matrix (待办, ADR 0018), on the reviews' world: 湖滨's duty
// manager has a 360 form to fill in. Everyone asks for their own to-dos only, and none of the six callers has one.
import { defineAreaProbes, SIGNED_IN } from '@duda/service-org/testing/authz-probes';
import { reviewsProbes, type ReviewsWorld } from './reviews.ts';

export const pendingProbes = defineAreaProbes<ReviewsWorld>({
  prefix: 'performance.pending',
  world: (owners, service) => reviewsProbes.world(owners, service),
  secrets: (w) => [w.openTitle, w.draft],
  probes: { 'performance.pending.mine': { allowed: SIGNED_IN, input: () => ({ limit: 200 }), sees: [] } },
});
