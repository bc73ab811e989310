// The demo seed runs with nobody signed in, yet the monthly run reads inspection and training through their APIs as
// the city supervisor does from the page. It acts as the demo city supervisor: that role over the seeded city tree —
// exactly the actor the org service would resolve for that login — so each area applies its own authorization.
import type { Actor } from '@duda/authz';
import type { SeededOrg } from '@duda/service-org/seed';
import { jobCaller } from '../scorecards/caller.ts';

export function citySupervisorCaller(org: SeededOrg) {
  const supervisor = org.demoPeople['city.sup'];
  if (!supervisor) throw new Error('the org seed hands over no city supervisor');
  const subtree = [org.cityId, ...org.districts.flatMap((d) => [d.id, ...d.halls.map((h) => h.id)])];
  const actor: Actor = {
    personId: supervisor.id,
    name: supervisor.name,
    staffNo: '',
    homeOrgNodeId: org.cityId,
    roles: [{ role: 'city_supervisor', orgNodeId: org.cityId, orgNodeName: '', orgLevel: 'city', subtree }],
  };
  return jobCaller(actor, 'performance-seed');
}
