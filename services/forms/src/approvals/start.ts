// Starting an approval for a subject (a form submission, later an inspection plan or a policy revision), inside the
// subject owner's own transaction: the flow is resolved on the submitter's line of the org tree (through the org
// service's API, as the submitter), its first stage opens, and a rejected or returned one is resubmitted instead.
import type { FlowDefinition, ApprovalStatus } from '@duda/contract-forms';
import type { ServiceClient } from '@duda/service-kit';
import type { Prisma } from '../generated/prisma/client.ts';
import { engineActor, refusalError, type Ctx } from './acting-context.ts';
import { act, startInstance } from './domain/engine.ts';
import { resolveFlow } from './domain/resolve-flow.ts';
import { assertNameable } from './nameable.ts';
import type { PersonRef, ResolvedFlow, SubmitterLine } from './domain/types.ts';
import { loadLocked, save, type Tx } from './store.ts';

export interface StartApprovalInput {
  /** The kind of thing approved, e.g. `submission`; with subjectId it names one approval. */
  subjectType: string;
  subjectId: string;
  /** Shown in the approvers' to-do lists and the history, e.g. the form's name and the submitter's. */
  title: string;
  /** The unit the subject is for: role approvers are looked for on its line (its hall, district, city). */
  orgNodeId: string;
  flow: FlowDefinition;
  /** For the flow's `picked` approvers: the person the submitter chose, by step key. */
  picked?: Readonly<Record<string, PersonRef>> | null;
}

interface OrgPlace {
  id: string;
  name: string;
  level: string;
  district: { id: string; name: string } | null;
  city: { id: string; name: string } | null;
}

/** The unit's line as the org service answers it for the submitter; empty when they may not see the unit. */
export async function lineOf(org: ServiceClient, ctx: Ctx, orgNodeId: string): Promise<SubmitterLine> {
  const [node] = await org.query<OrgPlace[]>(ctx, 'nodes', { ids: [orgNodeId] });
  if (!node) return {};
  const own = { id: node.id, name: node.name };
  return {
    ...(node.level === 'hall' ? { hall: own } : {}),
    ...(node.level === 'district' ? { district: own } : node.district ? { district: node.district } : {}),
    ...(node.level === 'city' ? { city: own } : node.city ? { city: node.city } : {}),
  };
}

/**
 * Starts (or, for a rejected or returned one, resubmits) the approval of a subject; call it inside the transaction
 * that stores the subject. Refuses with the area's errors (an approver the line has no level for, a picked
 * approver missing, an approval still in progress).
 */
export async function startApproval(
  tx: Tx,
  deps: { org: ServiceClient; now: () => Date },
  ctx: Ctx,
  input: StartApprovalInput,
): Promise<{ instanceId: string; status: ApprovalStatus }> {
  const now = deps.now();
  const newId = () => crypto.randomUUID();
  const existing = await tx.approvalInstance.findUnique({
    where: { subjectType_subjectId: { subjectType: input.subjectType, subjectId: input.subjectId } },
    select: { id: true },
  });
  if (existing) {
    const stored = (await loadLocked(tx, existing.id))!;
    const result = act(
      stored.state,
      { action: 'RESUBMIT' },
      { actor: engineActor(ctx.actor), now, delegations: [], newId },
    );
    if (!result.ok) throw refusalError(result.refusal);
    await save(tx, existing.id, stored.state, result.state, result.history, now);
    return { instanceId: existing.id, status: result.state.status };
  }
  const line = await lineOf(deps.org, ctx, input.orgNodeId);
  const resolved = resolveFlow(input.flow, line, input.picked ?? {});
  if (!resolved.ok) throw refusalError(resolved.refusal, { step: resolved.step });
  await assertNameable(deps.org, ctx, line, pickedIn(input.flow, input.picked ?? {}));
  const submitter = { personId: ctx.actor.personId, name: ctx.actor.name };
  return openApproval(tx, input, resolved.flow, submitter, now);
}

/** The people picked for the flow's `picked` steps (a pick for a step that picks nobody is not used). */
const pickedIn = (flow: FlowDefinition, picked: Readonly<Record<string, PersonRef>>): PersonRef[] =>
  flow.stages
    .flatMap((stage) => stage.steps)
    .filter((step) => step.approvers.some((approver) => approver.kind === 'picked') && picked[step.key])
    .map((step) => picked[step.key]!);

/**
 * Stores a new instance of a flow already resolved for its submitter, its first stage open. For callers that know
 * the submitter's line without asking the org service (the demo seed, the authorization probes).
 */
export async function openApproval(
  tx: Tx,
  subject: Pick<StartApprovalInput, 'subjectType' | 'subjectId' | 'title' | 'orgNodeId'>,
  flow: ResolvedFlow,
  submitter: PersonRef,
  now: Date,
): Promise<{ instanceId: string; status: ApprovalStatus }> {
  const { state, history } = startInstance(flow, submitter, now, () => crypto.randomUUID());
  const instance = await tx.approvalInstance.create({
    data: {
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      title: subject.title,
      orgNodeId: subject.orgNodeId,
      orgName: Object.values(flow.line).find((place) => place.id === subject.orgNodeId)?.name ?? '',
      submitterId: submitter.personId,
      submitterName: submitter.name,
      status: state.status,
      stageIndex: state.stageIndex,
      round: state.round,
      submissionRound: state.submissionRound,
      flow: flow as unknown as Prisma.InputJsonValue,
    },
  });
  await save(tx, instance.id, null, state, history, now);
  return { instanceId: instance.id, status: state.status };
}
