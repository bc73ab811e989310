// What the approval procedures do: each action runs the engine on the instance locked for the transaction, writes
// the difference and the history, and records the events — or refuses with the engine's code in both languages.
import { recordEvent } from '@duda/events';
import type { approvalInputs } from '@duda/contract-forms';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import { delegationsTo, engineActor, refusalError, type Ctx } from './acting-context.ts';
import { mayRead } from './access.ts';
import { act, type Command } from './domain/engine.ts';
import type { Assignee, HistoryEntry, Outcome, PersonRef } from './domain/types.ts';
import { approvalCompleted, approvalCopied, approvalReminded } from './events.ts';
import { assertNameable } from './nameable.ts';
import { load, loadLocked, save, type StoredInstance, type Tx } from './store.ts';
import { reactToApproval } from './subject-reactions.ts';
import { approvalView, type ApprovalView } from './views.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'now'>;

/** Runs one command on the instance under its row lock; two at once run one after the other. */
async function transition(deps: Deps, ctx: Ctx, instanceId: string, command: Command): Promise<ApprovalView> {
  const now = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    const stored = await loadLocked(tx, instanceId);
    const delegations = await delegationsTo(tx, ctx.actor.personId, now);
    if (!stored || !mayRead(ctx.actor, stored, delegations, now)) throw refusalError('notFound');
    const result = act(stored.state, command, {
      actor: engineActor(ctx.actor),
      now,
      delegations,
      newId: () => crypto.randomUUID(),
    });
    if (!result.ok) throw refusalError(result.refusal);
    await save(tx, instanceId, stored.state, result.state, result.history, now);
    await reactToApproval(tx, stored, stored.state.status, result.state.status, now);
    await announce(tx, stored, result, now);
    return approvalView({ ...stored, state: result.state }, ctx.actor, delegations, now);
  });
}

const decider = (history: HistoryEntry[]) => {
  const actor = history.findLast((h) => h.actor)?.actor;
  return actor ? { personId: actor.personId, name: actor.name } : null;
};

/** The events a transition raises: the end of the approval, and whom a reminder is for. */
export async function announce(
  tx: Tx,
  stored: StoredInstance,
  result: { outcome: Outcome | null; reminded: Assignee[]; history: HistoryEntry[] },
  now: Date,
) {
  const subject = {
    instanceId: stored.id,
    subjectType: stored.subjectType,
    subjectId: stored.subjectId,
    title: stored.title,
  };
  if (result.outcome)
    await recordEvent(tx, approvalCompleted, {
      ...subject,
      outcome: result.outcome,
      submitterId: stored.state.submitter.personId,
      decidedBy: decider(result.history),
      completedAt: now.toISOString(),
    });
  if (result.reminded.length)
    await recordEvent(tx, approvalReminded, {
      ...subject,
      to: result.reminded.map((a) =>
        a.kind === 'person' ? { personId: a.personId } : { role: a.role, orgNodeId: a.orgNodeId },
      ),
      byId: result.history[0]?.actor?.personId ?? null,
      escalated: result.history.some((h) => h.action === 'ESCALATE'),
      at: now.toISOString(),
    });
  for (const copied of result.history.filter((h) => h.action === 'CC' && h.actor)) {
    const people = (copied.detail.people as PersonRef[]).map(({ personId, name }) => ({ personId, name }));
    if (people.length)
      await recordEvent(tx, approvalCopied, {
        ...subject,
        people,
        byId: copied.actor!.personId,
        byName: copied.actor!.name,
        at: now.toISOString(),
      });
  }
}

/** 同意 / 拒绝 / 退回 / 转交 / 加签 on one task; a transfer's or added signers' people must be ones to name. */
export async function actOnTask(
  deps: Deps & Pick<FormsDeps, 'org'>,
  ctx: Ctx,
  input: z.infer<typeof approvalInputs.act>,
) {
  const task = await deps.prisma.approvalTask.findUnique({
    where: { id: input.taskId },
    select: { instanceId: true },
  });
  if (!task) throw refusalError('notFound');
  const named = input.action === 'TRANSFER' ? [input.to] : input.action === 'ADD_SIGNER' ? input.signers : [];
  if (named.length) await assertMayName(deps, ctx, task.instanceId, input, named);
  return transition(deps, ctx, task.instanceId, input);
}

/** 抄送: the people copied in must be ones to name, like a transfer's; each newly copied in is told (the portal). */
export async function copyIn(
  deps: Deps & Pick<FormsDeps, 'org'>,
  ctx: Ctx,
  input: z.infer<typeof approvalInputs.cc>,
) {
  const command: Command = { action: 'CC', people: input.people };
  await assertMayName(deps, ctx, input.instanceId, command, input.people);
  return transition(deps, ctx, input.instanceId, command);
}

/**
 * Before asking org about the people named: whether the caller may take the action at all (the engine's answer
 * on the approval as it is, so one who may not is told that, not about the people), then whether each person is
 * one to name. The action itself runs again under the instance's lock.
 */
async function assertMayName(
  deps: Deps & Pick<FormsDeps, 'org'>,
  ctx: Ctx,
  instanceId: string,
  command: Command,
  people: readonly PersonRef[],
) {
  const { stored, delegations, now } = await readable(deps, ctx, instanceId);
  const tried = act(stored.state, command, {
    actor: engineActor(ctx.actor),
    now,
    delegations,
    newId: () => crypto.randomUUID(),
  });
  if (!tried.ok) throw refusalError(tried.refusal);
  await assertNameable(deps.org, ctx, stored.state.flow.line, people);
}

export const remind = (deps: Deps, ctx: Ctx, input: z.infer<typeof approvalInputs.remind>) =>
  transition(deps, ctx, input.instanceId, { action: 'REMIND', ...comment(input.comment) });

export const withdraw = (deps: Deps, ctx: Ctx, input: z.infer<typeof approvalInputs.withdraw>) =>
  transition(deps, ctx, input.instanceId, { action: 'WITHDRAW', ...comment(input.comment) });

export const resubmit = (deps: Deps, ctx: Ctx, input: z.infer<typeof approvalInputs.resubmit>) =>
  transition(deps, ctx, input.instanceId, { action: 'RESUBMIT', ...comment(input.comment) });

const comment = (text: string | undefined) => (text ? { comment: text } : {});

/** The approval as the caller may read it (with their delegations in force), or `notFound`. */
export async function readable(deps: Deps, ctx: Ctx, instanceId: string) {
  const now = deps.now();
  const [stored, delegations] = await Promise.all([
    load(deps.prisma, instanceId),
    delegationsTo(deps.prisma, ctx.actor.personId, now),
  ]);
  if (!stored || !mayRead(ctx.actor, stored, delegations, now)) throw refusalError('notFound');
  return { stored, delegations, now };
}

/** One approval as its detail page shows it, with what the caller may do on it now. */
export async function getApproval(deps: Deps, ctx: Ctx, instanceId: string): Promise<ApprovalView> {
  const { stored, delegations, now } = await readable(deps, ctx, instanceId);
  return approvalView(stored, ctx.actor, delegations, now);
}

/** The approval's history, oldest first (审批记录). */
export async function approvalHistory(deps: Deps, ctx: Ctx, instanceId: string) {
  await readable(deps, ctx, instanceId);
  const rows = await deps.prisma.approvalHistory.findMany({ where: { instanceId }, orderBy: { seq: 'asc' } });
  return rows.map(({ seq: _seq, instanceId: _instance, detail, ...row }) => ({
    ...row,
    detail: detail as Record<string, unknown>,
  }));
}
