// The demo seed runs with nobody signed in, yet the training plans' drafts read short staves (短板) through the
// inspection API as a keeper does from the plans page. It asks as the demo trainer: the trainer's role over the
// seeded city tree — exactly the actor the org service would resolve for that login — so inspection applies its
// own authorization (notice.read over the city) as for any caller.
import type { Actor } from '@duda/authz';
import { createLogger } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PlansCtx } from '../training-plans/access.ts';

export function trainerCaller(org: SeededOrg): PlansCtx {
  const trainer = org.demoPeople['trainer']!;
  const subtree = [org.cityId, ...org.districts.flatMap((d) => [d.id, ...d.halls.map((h) => h.id)])];
  const actor: Actor = {
    personId: trainer.id,
    name: trainer.name,
    staffNo: '',
    homeOrgNodeId: org.cityId,
    roles: [{ role: 'trainer', orgNodeId: org.cityId, orgNodeName: '', orgLevel: 'city', subtree }],
  };
  return {
    requestId: 'training-seed',
    actor,
    sessionId: null,
    passwordChangeRequired: false,
    ip: '127.0.0.1',
    userAgent: 'training-seed',
    log: createLogger('training-seed', 'silent'),
  };
}
