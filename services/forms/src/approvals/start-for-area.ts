// `forms.approvals.start`: another area's service starts (or resubmits) the approval of a subject of its own — a
// device's scrap in operations — on behalf of the person submitting it, through forms' contract. The rule of who may:
// the subject type is listed in `EXTERNAL_APPROVAL_SUBJECTS` under the area that owns it (its prefix), and the
// submitter — the caller the owning service forwards, a signed-in person — holds that area's permission listed
// there over the subject's unit (a forwarded call carries the person, not the service, so the owning area's own
// right over the unit is what makes the call that area's); the people the flow names are ones to name
// (`assertNameable`). The outcome goes back to the owning area as `forms.approval.completed`, which it subscribes to.
import { can, type Action } from '@duda/authz';
import { approvalsErrors, EXTERNAL_APPROVAL_SUBJECTS, type approvalInputs } from '@duda/contract-forms';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import type { Ctx } from './acting-context.ts';
import { assertNameable } from './nameable.ts';
import { lineOf, startApproval } from './start.ts';

export async function startForArea(
  deps: Pick<FormsDeps, 'prisma' | 'org' | 'now'>,
  ctx: Ctx,
  input: z.infer<typeof approvalInputs.start>,
) {
  const owner = EXTERNAL_APPROVAL_SUBJECTS[input.subjectType];
  if (!can(ctx.actor, owner.permission as Action, { orgNodeId: input.orgNodeId })) {
    const [unit] = await deps.org.query<{ name: string }[]>(ctx, 'nodes', { ids: [input.orgNodeId] });
    throw approvalsErrors.subjectNotYours({ subjectType: input.subjectType, org: unit?.name ?? '' });
  }
  const named = input.flow.stages.flatMap((stage) =>
    stage.steps.flatMap((step) =>
      step.approvers.flatMap((a) => (a.kind === 'person' ? [{ personId: a.personId, name: a.name }] : [])),
    ),
  );
  if (named.length) await assertNameable(deps.org, ctx, await lineOf(deps.org, ctx, input.orgNodeId), named);
  return deps.prisma.$transaction((tx) =>
    startApproval(tx, deps, ctx, {
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      title: input.title,
      orgNodeId: input.orgNodeId,
      flow: input.flow,
      picked: input.picked ?? null,
    }),
  );
}
