// An approval as the pages read it: its steps in order, every task with who acted (and for whom), and what the
// caller may do now — worked out by asking the engine, so a button never offers what would be refused.
import type { Actor } from '@duda/authz';
import type { ApprovalStatus, ApprovalTaskStatus, CountersignMode } from '@duda/contract-forms';
import { engineActor } from './acting-context.ts';
import { actingFor } from './domain/acting.ts';
import { act, type Command } from './domain/engine.ts';
import type { Assignee, Delegation, PersonRef, TaskOrigin } from './domain/types.ts';
import type { StoredInstance } from './store.ts';

export interface ApprovalView {
  id: string;
  subjectType: string;
  subjectId: string;
  title: string;
  orgNodeId: string;
  orgName: string;
  status: ApprovalStatus;
  submitter: PersonRef;
  stageIndex: number;
  steps: {
    key: string;
    name: string;
    stageIndex: number;
    mode: CountersignMode;
    ratio: number | null;
    deadlineHours: number | null;
  }[];
  tasks: {
    id: string;
    stepKey: string;
    round: number;
    origin: TaskOrigin;
    status: ApprovalTaskStatus;
    assignee: Assignee;
    dueAt: Date | null;
    actedBy: PersonRef | null;
    actedFor: PersonRef | null;
    actedAt: Date | null;
    comment: string | null;
  }[];
  cc: PersonRef[];
  /** Tasks the caller may decide now, and for whom (null: themself). */
  myTasks: { taskId: string; onBehalfOf: PersonRef | null }[];
  can: { withdraw: boolean; resubmit: boolean; remind: boolean; cc: boolean };
}

export function approvalView(
  stored: StoredInstance,
  actor: Actor,
  delegations: readonly Delegation[],
  now: Date,
): ApprovalView {
  const { state } = stored;
  const me = engineActor(actor);
  const allowed = (command: Command) =>
    act(state, command, { actor: me, now, delegations, newId: () => 'dry-run' }).ok;
  return {
    id: stored.id,
    subjectType: stored.subjectType,
    subjectId: stored.subjectId,
    title: stored.title,
    orgNodeId: stored.orgNodeId,
    orgName: stored.orgName,
    status: state.status,
    submitter: state.submitter,
    stageIndex: state.stageIndex,
    steps: state.flow.stages.flatMap((stage, stageIndex) =>
      stage.steps.map((s) => ({
        key: s.key,
        name: s.name,
        stageIndex,
        mode: s.mode,
        ratio: s.ratio ?? null,
        deadlineHours: s.deadlineHours ?? null,
      })),
    ),
    tasks: state.tasks.map((t) => ({
      id: t.id,
      stepKey: t.stepKey,
      round: t.round,
      origin: t.origin,
      status: t.status,
      assignee: t.assignee,
      dueAt: t.dueAt,
      actedBy: t.actedBy,
      actedFor: t.actedFor,
      actedAt: t.actedAt,
      comment: t.comment,
    })),
    cc: state.cc,
    myTasks: state.tasks.flatMap((t) => {
      const acting = t.status === 'PENDING' ? actingFor(me, t, delegations, now) : undefined;
      return acting ? [{ taskId: t.id, onBehalfOf: acting.onBehalfOf }] : [];
    }),
    can: {
      withdraw: allowed({ action: 'WITHDRAW' }),
      resubmit: allowed({ action: 'RESUBMIT' }),
      remind: allowed({ action: 'REMIND' }),
      cc: allowed({ action: 'CC', people: [] }),
    },
  };
}
