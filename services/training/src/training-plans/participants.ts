// A session's participants by role (按角色添加): everyone holding a role under an org node — all hall managers of a
// district, all clerks of a hall — found through the org service's API on the plan keeper's behalf, so only people
// in their scope come back. People who have left are not expected; a group larger than a session is refused.
import type { Role } from '@duda/authz';
import { MAX_SESSION_PARTICIPANTS, trainingPlansErrors } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import type { PlansCtx } from './access.ts';
import { keptPlan } from './plans.ts';

interface PersonRow {
  id: string;
  staffNo: string;
  name: string;
  orgName: string;
}

/** The org service's largest page. */
const PAGE_SIZE = 200;
const PRESENT = ['active', 'on_leave'] as const;

export async function peopleByRole(
  deps: TrainingDeps,
  ctx: PlansCtx,
  input: { planId: string; orgNodeId: string; role: Role },
) {
  await keptPlan(deps, ctx, input.planId);
  const page = (status: (typeof PRESENT)[number], n: number) =>
    deps.org.query<{ items: PersonRow[]; total: number }>(ctx, 'people.list', {
      orgNodeId: input.orgNodeId,
      role: input.role,
      status,
      page: n,
      pageSize: PAGE_SIZE,
    });
  const firsts = await Promise.all(PRESENT.map((status) => page(status, 1)));
  const count = firsts.reduce((sum, p) => sum + p.total, 0);
  if (count > MAX_SESSION_PARTICIPANTS)
    throw trainingPlansErrors.tooManyPeople({ count, max: MAX_SESSION_PARTICIPANTS }, 'role');
  const found = firsts.flatMap((p) => p.items);
  for (const [i, status] of PRESENT.entries())
    for (let n = 2; (n - 1) * PAGE_SIZE < firsts[i]!.total; n++) found.push(...(await page(status, n)).items);
  return found
    .map((p) => ({ id: p.id, name: p.name, staffNo: p.staffNo, orgName: p.orgName }))
    .sort((a, b) => a.staffNo.localeCompare(b.staffNo));
}
