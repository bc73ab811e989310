// Who a submitter may pick for a `picked` approval step (自选审批人): the people at work at the units of the line of
// the unit they file the form for (its hall, district and city offices), found by name or 工号 — each only as name,
// roles and unit, whatever the caller may read of people themself.
import type { Role } from '@duda/authz';
import type { FlowDefinition } from '@duda/contract-forms';
import type { FormsDeps } from '../deps.ts';
import { assertMaySubmit } from '../submissions/submission-unit.ts';
import type { Ctx } from './acting-context.ts';
import { lineReader, lineUnits } from './line-reader.ts';
import { lineOf } from './start.ts';

interface PersonListed {
  id: string;
  name: string;
  orgName: string;
  roles: Role[];
}

export interface PickablePerson {
  personId: string;
  name: string;
  roles: Role[];
  orgName: string;
}

const PICKABLE_PAGE = 20;

const isPickedStep = (flow: FlowDefinition | null, stepKey: string) =>
  (flow?.stages ?? [])
    .flatMap((stage) => stage.steps)
    .some((step) => step.key === stepKey && step.approvers.some((a) => a.kind === 'picked'));

export async function pickablePeople(
  deps: Pick<FormsDeps, 'prisma' | 'org'>,
  ctx: Ctx,
  input: { versionId: string; stepKey: string; orgNodeId: string; q: string },
): Promise<PickablePerson[]> {
  assertMaySubmit(ctx, input.orgNodeId);
  const version = await deps.prisma.formTemplateVersion.findUnique({
    where: { id: input.versionId },
    select: { approvalFlow: true },
  });
  // Nobody is picked for a step that does not ask for it (or a version that does not exist).
  if (!isPickedStep((version?.approvalFlow ?? null) as FlowDefinition | null, input.stepKey)) return [];
  const line = await lineOf(deps.org, ctx, input.orgNodeId);
  const units = new Set(lineUnits(line).map((unit) => unit.id));
  if (units.size === 0) return [];
  const page = await deps.org.query<{ items: (PersonListed & { orgNodeId: string })[] }>(
    lineReader(ctx, line),
    'people.list',
    { q: input.q || null, status: 'active', page: 1, pageSize: PICKABLE_PAGE },
  );
  // The reader sees those units alone; kept to them here too, so nobody off the line can ever be offered.
  return page.items
    .filter((person) => units.has(person.orgNodeId))
    .map((person) => ({
      personId: person.id,
      name: person.name,
      roles: person.roles,
      orgName: person.orgName,
    }));
}
