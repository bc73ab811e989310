// The approval state machine (审批引擎): an instance's state and a command in, the next state and the history
// entries it appends out — or a refusal code (the keys of @duda/contract-forms approvalsErrors). No I/O: ids and
// the clock come in with the command, so every transition is table-tested.
import type { ApprovalRefusal } from '@duda/contract-forms';
import { actingFor } from './acting.ts';
import { sameAssignee, superiorOf } from './resolve-flow.ts';
import { deadlines, isLive, stepFailed, stepPassed } from './steps.ts';
import type {
  Assignee,
  Delegation,
  EngineActor,
  HistoryEntry,
  InstanceState,
  Outcome,
  PersonRef,
  ResolvedFlow,
  ResolvedStep,
  Task,
} from './types.ts';

export type Command =
  | { action: 'APPROVE'; taskId: string; comment?: string }
  | { action: 'REJECT'; taskId: string; comment: string }
  | { action: 'RETURN'; taskId: string; comment: string; toStepKey?: string }
  | { action: 'TRANSFER'; taskId: string; to: PersonRef; comment?: string }
  | {
      action: 'ADD_SIGNER';
      taskId: string;
      /** Added together: one history entry each, and all of them or (one refused) none. */
      signers: PersonRef[];
      position: 'BEFORE' | 'AFTER';
      comment?: string;
    }
  | { action: 'CC'; people: PersonRef[] }
  | { action: 'REMIND'; comment?: string }
  | { action: 'WITHDRAW'; comment?: string }
  | { action: 'RESUBMIT'; comment?: string };

export interface EngineContext {
  actor: EngineActor;
  now: Date;
  /** Delegations naming the actor as deputy (others are ignored). */
  delegations: readonly Delegation[];
  newId: () => string;
}

export type Transition =
  | {
      ok: true;
      state: InstanceState;
      history: HistoryEntry[];
      /** Set when this transition ended the instance. */
      outcome: Outcome | null;
      /** Whom a reminder (催办) is for. */
      reminded: Assignee[];
    }
  | { ok: false; refusal: ApprovalRefusal };

/** The submitter may remind (催办) once an hour. */
export const REMIND_INTERVAL_MS = 3_600_000;

const refuse = (refusal: ApprovalRefusal): Transition => ({ ok: false, refusal });

/** A new instance, its first stage's tasks open. */
export function startInstance(
  flow: ResolvedFlow,
  submitter: PersonRef,
  now: Date,
  newId: () => string,
): { state: InstanceState; history: HistoryEntry[] } {
  const state: InstanceState = {
    status: 'IN_PROGRESS',
    stageIndex: 0,
    round: 0,
    submissionRound: 0,
    submitter,
    flow,
    cc: [],
    tasks: [],
    lastRemindAt: null,
  };
  openStage(state, 0, now, newId);
  return { state, history: [entry(now, 'SUBMIT', submitter, null, null, null, {})] };
}

/** Applies one person's command. */
export function act(current: InstanceState, command: Command, ctx: EngineContext): Transition {
  const state = structuredClone(current);
  const run = new Run(state, ctx);
  const refusal = run.apply(command);
  return refusal
    ? refuse(refusal)
    : { ok: true, state, history: run.history, outcome: run.outcome, reminded: run.reminded };
}

/**
 * What the deadline job does to an instance at `now`: a reminder for each task three quarters through its time,
 * and each task past its deadline handed to the superior (超时上报). Running it twice changes nothing more.
 */
export function runDeadlines(
  current: InstanceState,
  now: Date,
  newId: () => string,
): { state: InstanceState; history: HistoryEntry[]; reminded: Assignee[] } {
  const state = structuredClone(current);
  const history: HistoryEntry[] = [];
  const reminded: Assignee[] = [];
  if (state.status !== 'IN_PROGRESS') return { state, history, reminded };
  for (const task of state.tasks.filter((t) => t.status === 'PENDING')) {
    const step = stepOf(state, task.stepKey);
    const superior =
      task.dueAt && task.dueAt <= now ? superiorOf(task.assignee, step, state.flow.line) : null;
    if (superior && !liveInStep(state, task.stepKey).some((t) => sameAssignee(t.assignee, superior))) {
      task.status = 'ESCALATED';
      task.actedAt = now;
      const successor = handOn(state, task, superior, now, newId, deadlines(step, now));
      history.push(
        entry(now, 'ESCALATE', null, null, task, null, { from: task.assignee, to: successor.assignee }),
      );
      reminded.push(successor.assignee);
    } else if (task.remindAt && task.remindAt <= now && !task.remindedAt) {
      // Also an overdue task with nobody above it to take it over: its approver is reminded once.
      task.remindedAt = now;
      history.push(entry(now, 'REMIND', null, null, task, null, { to: [task.assignee] }));
      reminded.push(task.assignee);
    }
  }
  return { state, history, reminded };
}

/** One command's work on a copy of the state; `apply` answers a refusal or null. */
class Run {
  history: HistoryEntry[] = [];
  outcome: Outcome | null = null;
  reminded: Assignee[] = [];

  constructor(
    private readonly state: InstanceState,
    private readonly ctx: EngineContext,
  ) {}

  apply(command: Command): ApprovalRefusal | null {
    switch (command.action) {
      case 'CC':
        return this.cc(command.people);
      case 'REMIND':
        return this.remind(command.comment ?? null);
      case 'WITHDRAW':
        return this.withdraw(command.comment ?? null);
      case 'RESUBMIT':
        return this.resubmit(command.comment ?? null);
      default:
        return this.onTask(command);
    }
  }

  private get isSubmitter() {
    return this.ctx.actor.personId === this.state.submitter.personId;
  }

  private onTask(command: Extract<Command, { taskId: string }>): ApprovalRefusal | null {
    const task = this.state.tasks.find((t) => t.id === command.taskId);
    if (!task) return 'notFound';
    const acting = actingFor(this.ctx.actor, task, this.ctx.delegations, this.ctx.now);
    if (!acting) return 'notYourTask';
    if (task.status !== 'PENDING' || this.state.status !== 'IN_PROGRESS') return 'taskNotPending';
    const comment = command.comment ?? null;
    const record = (detail: Record<string, unknown> = {}) =>
      this.history.push(
        entry(this.ctx.now, command.action, this.ctx.actor, acting.onBehalfOf, task, comment, detail),
      );
    switch (command.action) {
      case 'APPROVE':
        this.close(task, 'APPROVED', acting.onBehalfOf, comment);
        record();
        this.afterApproval(task);
        return null;
      case 'REJECT':
        this.close(task, 'REJECTED', acting.onBehalfOf, comment);
        record();
        if (stepFailed(stepOf(this.state, task.stepKey), this.stepTasks(task.stepKey), task))
          this.end('REJECTED');
        else this.settleStage();
        return null;
      case 'RETURN':
        return this.returnTask(task, command.toStepKey, acting.onBehalfOf, comment, record);
      case 'TRANSFER': {
        if (this.isTaken(task.stepKey, command.to)) return 'alreadyAssigned';
        this.close(task, 'TRANSFERRED', acting.onBehalfOf, comment);
        const to = handOn(
          this.state,
          task,
          { kind: 'person', ...command.to },
          this.ctx.now,
          this.ctx.newId,
          task,
        );
        record({ to: to.assignee });
        return null;
      }
      case 'ADD_SIGNER':
        return this.addSigners(task, command.signers, command.position, record);
    }
  }

  private returnTask(
    task: Task,
    toStepKey: string | undefined,
    onBehalfOf: PersonRef | null,
    comment: string | null,
    record: (detail?: Record<string, unknown>) => void,
  ): ApprovalRefusal | null {
    const target =
      toStepKey === undefined
        ? -1
        : this.state.flow.stages.findIndex((s) => s.steps.some((st) => st.key === toStepKey));
    if (toStepKey !== undefined && (target < 0 || target >= this.state.stageIndex))
      return 'returnTargetInvalid';
    this.close(task, 'RETURNED', onBehalfOf, comment);
    record({ toStepKey: toStepKey ?? null });
    this.cancelLive();
    if (target < 0) {
      this.state.status = 'RETURNED';
      return null;
    }
    this.state.round += 1;
    openStage(this.state, target, this.ctx.now, this.ctx.newId);
    return null;
  }

  /** 加签: before the task (it waits for all of them, who sign at once) or after it (they sign once it is approved). */
  private addSigners(
    task: Task,
    signers: PersonRef[],
    position: 'BEFORE' | 'AFTER',
    record: (detail?: Record<string, unknown>) => void,
  ): ApprovalRefusal | null {
    const ids = signers.map((signer) => signer.personId);
    if (new Set(ids).size !== ids.length) return 'signerRepeated';
    for (const signer of signers) {
      // The run works on a copy: a refusal here leaves the signers added before it unwritten.
      if (this.isTaken(task.stepKey, signer)) return 'alreadyAssigned';
      const added: Task = {
        ...blankTask(this.ctx.newId(), task, { kind: 'person', ...signer }, this.ctx.now),
        origin: position,
        parentTaskId: task.id,
        status: position === 'BEFORE' ? 'PENDING' : 'WAITING',
        dueAt: task.dueAt,
        remindAt: task.remindAt,
      };
      this.state.tasks.push(added);
      record({ signer: added.assignee, position });
    }
    if (position === 'BEFORE' && signers.length > 0) task.status = 'WAITING';
    return null;
  }

  private afterApproval(task: Task) {
    const children = this.state.tasks.filter((t) => t.parentTaskId === task.id);
    if (task.origin === 'BEFORE') {
      const parent = this.state.tasks.find((t) => t.id === task.parentTaskId);
      const stillBefore = this.state.tasks.some(
        (t) => t.parentTaskId === parent?.id && t.origin === 'BEFORE' && isLive(t),
      );
      if (parent?.status === 'WAITING' && !stillBefore) parent.status = 'PENDING';
    } else
      for (const child of children)
        if (child.origin === 'AFTER' && child.status === 'WAITING') child.status = 'PENDING';
    this.settleStage();
  }

  /** When every step of the stage has passed: the rest of its tasks are moot, the next stage opens or it ends. */
  private settleStage() {
    const stage = this.state.flow.stages[this.state.stageIndex]!;
    if (!stage.steps.every((step) => stepPassed(step, this.stepTasks(step.key)))) return;
    this.cancelLive();
    const next = this.state.stageIndex + 1;
    if (next < this.state.flow.stages.length) openStage(this.state, next, this.ctx.now, this.ctx.newId);
    else this.end('APPROVED');
  }

  private cc(people: PersonRef[]): ApprovalRefusal | null {
    const involved =
      this.isSubmitter ||
      this.state.tasks.some(
        (t) =>
          t.actedBy?.personId === this.ctx.actor.personId ||
          actingFor(this.ctx.actor, t, this.ctx.delegations, this.ctx.now),
      );
    if (!involved) return 'ccDenied';
    const added = people.filter((p) => !this.state.cc.some((c) => c.personId === p.personId));
    this.state.cc.push(...added);
    this.history.push(entry(this.ctx.now, 'CC', this.ctx.actor, null, null, null, { people: added }));
    return null;
  }

  private remind(comment: string | null): ApprovalRefusal | null {
    if (!this.isSubmitter) return 'notSubmitter';
    if (this.state.status !== 'IN_PROGRESS') return 'notInProgress';
    const last = this.state.lastRemindAt;
    if (last && this.ctx.now.getTime() - last.getTime() < REMIND_INTERVAL_MS) return 'remindTooSoon';
    this.state.lastRemindAt = this.ctx.now;
    this.reminded = this.state.tasks.filter((t) => t.status === 'PENDING').map((t) => t.assignee);
    this.history.push(
      entry(this.ctx.now, 'REMIND', this.ctx.actor, null, null, comment, { to: this.reminded }),
    );
    return null;
  }

  private withdraw(comment: string | null): ApprovalRefusal | null {
    if (!this.isSubmitter) return 'notSubmitter';
    if (this.state.status !== 'IN_PROGRESS') return 'notInProgress';
    const decided = this.state.tasks.some(
      (t) =>
        t.round >= this.state.submissionRound &&
        (t.status === 'APPROVED' || t.status === 'REJECTED' || t.status === 'RETURNED'),
    );
    if (decided) return 'withdrawAfterDecision';
    this.cancelLive();
    this.history.push(entry(this.ctx.now, 'WITHDRAW', this.ctx.actor, null, null, comment, {}));
    this.end('WITHDRAWN');
    return null;
  }

  private resubmit(comment: string | null): ApprovalRefusal | null {
    if (!this.isSubmitter) return 'notSubmitter';
    if (this.state.status !== 'REJECTED' && this.state.status !== 'RETURNED') return 'resubmitNotAllowed';
    this.state.status = 'IN_PROGRESS';
    this.state.round += 1;
    this.state.submissionRound = this.state.round;
    openStage(this.state, 0, this.ctx.now, this.ctx.newId);
    this.history.push(entry(this.ctx.now, 'RESUBMIT', this.ctx.actor, null, null, comment, {}));
    return null;
  }

  private close(task: Task, status: Task['status'], onBehalfOf: PersonRef | null, comment: string | null) {
    task.status = status;
    task.actedBy = { personId: this.ctx.actor.personId, name: this.ctx.actor.name };
    task.actedFor = onBehalfOf;
    task.actedAt = this.ctx.now;
    task.comment = comment;
  }

  private end(outcome: Outcome) {
    this.cancelLive();
    this.state.status = outcome;
    this.outcome = outcome;
  }

  private cancelLive() {
    for (const t of this.state.tasks) if (isLive(t)) t.status = 'CANCELLED';
  }

  private stepTasks(stepKey: string) {
    return this.state.tasks.filter((t) => t.stepKey === stepKey && t.round === this.state.round);
  }

  /** The person already waits on this step (or is the one acting): 转交/加签 to them would count them twice. */
  private isTaken(stepKey: string, person: PersonRef) {
    return (
      person.personId === this.ctx.actor.personId ||
      liveInStep(this.state, stepKey).some(
        (t) => t.assignee.kind === 'person' && t.assignee.personId === person.personId,
      )
    );
  }
}

function stepOf(state: InstanceState, key: string): ResolvedStep {
  for (const stage of state.flow.stages) for (const step of stage.steps) if (step.key === key) return step;
  throw new Error(`no step ${key} in the flow`);
}

const liveInStep = (state: InstanceState, stepKey: string) =>
  state.tasks.filter((t) => t.stepKey === stepKey && t.round === state.round && isLive(t));

function blankTask(
  id: string,
  like: Pick<Task, 'stepKey' | 'stageIndex' | 'round'>,
  assignee: Assignee,
  now: Date,
): Task {
  return {
    id,
    stepKey: like.stepKey,
    stageIndex: like.stageIndex,
    round: like.round,
    origin: 'STEP',
    parentTaskId: null,
    assignee,
    status: 'PENDING',
    activatedAt: now,
    dueAt: null,
    remindAt: null,
    remindedAt: null,
    actedBy: null,
    actedFor: null,
    actedAt: null,
    comment: null,
  };
}

/** The stage's tasks, one per approver of each of its steps, in the current round. */
function openStage(state: InstanceState, stageIndex: number, now: Date, newId: () => string) {
  state.stageIndex = stageIndex;
  for (const step of state.flow.stages[stageIndex]!.steps)
    for (const assignee of step.assignees)
      state.tasks.push({
        ...blankTask(newId(), { stepKey: step.key, stageIndex, round: state.round }, assignee, now),
        ...deadlines(step, now),
      });
}

/** A task handed to someone else (转交, 超时上报): same place in the flow; signers added to it follow it. */
function handOn(
  state: InstanceState,
  from: Task,
  to: Assignee,
  now: Date,
  newId: () => string,
  due: Pick<Task, 'dueAt' | 'remindAt'>,
): Task {
  const successor: Task = {
    ...blankTask(newId(), from, to, now),
    origin: from.origin,
    parentTaskId: from.parentTaskId,
    dueAt: due.dueAt,
    remindAt: due.remindAt,
  };
  for (const t of state.tasks) if (t.parentTaskId === from.id) t.parentTaskId = successor.id;
  state.tasks.push(successor);
  return successor;
}

function entry(
  at: Date,
  action: HistoryEntry['action'],
  actor: PersonRef | null,
  onBehalfOf: PersonRef | null,
  task: Task | null,
  comment: string | null,
  detail: Record<string, unknown>,
): HistoryEntry {
  return {
    at,
    action,
    actor: actor && { personId: actor.personId, name: actor.name },
    onBehalfOf,
    taskId: task?.id ?? null,
    stepKey: task?.stepKey ?? null,
    comment,
    detail,
  };
}
