// The case (投诉处理) as a state machine: which step each status takes, who may take it, and what it records.
// 受理 RECEIVED → 分类分派 CLASSIFIED → 调查 INVESTIGATING → 处理结果 RESOLVED → 答复客户 FEEDBACK_GIVEN →
// 回访 FOLLOWED_UP → 结案 CLOSED; a customer not satisfied at the follow-up sends it back to investigation.
import { COMPLAINT_LEVELS, type ComplaintAction, type ComplaintStatus } from '@duda/contract-forms';
import { LEVEL_ROLE } from './escalation.ts';
import type { CaseActor, CaseCommand, CaseRefusal, CaseState, HistoryEntry } from './types.ts';

type Step = CaseCommand['action'];

/** The statuses each step is taken from. */
const FROM: Readonly<Record<Step, readonly ComplaintStatus[]>> = {
  CLASSIFY: ['RECEIVED', 'CLASSIFIED'],
  INVESTIGATE: ['CLASSIFIED', 'INVESTIGATING'],
  RESOLVE: ['INVESTIGATING'],
  FEEDBACK: ['RESOLVED'],
  FOLLOW_UP: ['FEEDBACK_GIVEN'],
  CLOSE: ['FOLLOWED_UP'],
};

/** Assigning and closing are the manager's (the hall manager, or whom it was escalated to); the rest the handler's. */
const MANAGERS_ONLY: ReadonlySet<Step> = new Set(['CLASSIFY', 'CLOSE']);

export const CASE_STEPS = Object.keys(FROM) as Step[];

const holds = (actor: CaseActor, role: string, orgNodeId: string | null) =>
  orgNodeId !== null && actor.roles.some((r) => r.role === role && r.orgNodeId === orgNodeId);

/** The hall manager, or a supervisor the case has been escalated to (and those below them up to its level). */
export function isManager(state: CaseState, actor: CaseActor): boolean {
  const reached = COMPLAINT_LEVELS.slice(0, COMPLAINT_LEVELS.indexOf(state.level) + 1);
  return reached.some((level) => holds(actor, LEVEL_ROLE[level].role, state.line[LEVEL_ROLE[level].unit]));
}

/** Those who handle the case — and alone see the customer's contact: the intake clerk, the manager line, the assignee. */
export const isHandler = (state: CaseState, actor: CaseActor): boolean =>
  actor.personId === state.intakeBy.personId ||
  actor.personId === state.assignee?.personId ||
  isManager(state, actor);

function refusalFor(state: CaseState, actor: CaseActor, step: Step): CaseRefusal | null {
  const manager = isManager(state, actor);
  if (MANAGERS_ONLY.has(step)) {
    if (!manager) return isHandler(state, actor) ? 'notManager' : 'notHandler';
  } else if (!manager && actor.personId !== state.assignee?.personId) return 'notHandler';
  return FROM[step].includes(state.status) ? null : 'wrongStatus';
}

/** The steps the actor may take on the case now (the page's next-action form, the to-do inbox). */
export const nextSteps = (state: CaseState, actor: CaseActor): Step[] =>
  CASE_STEPS.filter((step) => refusalFor(state, actor, step) === null);

export type CaseResult =
  | { ok: true; state: CaseState; entry: HistoryEntry }
  | { ok: false; refusal: CaseRefusal; status: ComplaintStatus; action: ComplaintAction };

function after(state: CaseState, command: CaseCommand): CaseState {
  switch (command.action) {
    case 'CLASSIFY':
      return { ...state, status: 'CLASSIFIED', category: command.category, assignee: command.assignee };
    case 'INVESTIGATE':
      return { ...state, status: 'INVESTIGATING' };
    case 'RESOLVE':
      return { ...state, status: 'RESOLVED' };
    case 'FEEDBACK':
      return { ...state, status: 'FEEDBACK_GIVEN' };
    case 'FOLLOW_UP':
      return { ...state, status: command.satisfaction === 'SATISFIED' ? 'FOLLOWED_UP' : 'INVESTIGATING' };
    case 'CLOSE':
      return { ...state, status: 'CLOSED' };
  }
}

/** One step on the case by a person: the new state and its history entry, or why not. */
export function actOnCase(state: CaseState, command: CaseCommand, actor: CaseActor): CaseResult {
  const refusal = refusalFor(state, actor, command.action);
  if (refusal) return { ok: false, refusal, status: state.status, action: command.action };
  const next = after(state, command);
  const { action, note, ...detail } = { note: undefined, ...command } as CaseCommand & { note?: string };
  return {
    ok: true,
    state: next,
    entry: {
      action,
      actor: { personId: actor.personId, name: actor.name },
      fromStatus: state.status,
      toStatus: next.status,
      note: note ?? null,
      detail,
    },
  };
}
