// The approval engine's vocabulary (审批): a flow resolved for one submitter, an instance's state, the history it
// appends to. Plain data, so the engine is pure and the service maps it to rows.
import type {
  ApprovalAction,
  ApprovalStatus,
  ApprovalTaskStatus,
  ApproverLevel,
  ApproverRole,
  CountersignMode,
} from '@duda/contract-forms';

export interface PersonRef {
  personId: string;
  name: string;
}

export interface Place {
  id: string;
  name: string;
}

/** The submitter's line of the org tree, where role approvers are found (the hall, its district, its city). */
export type SubmitterLine = Partial<Record<ApproverLevel, Place>>;

/** Who a task waits for: one person, or a role slot any holder of that role at that org node may act on. */
export type Assignee =
  | ({ kind: 'person' } & PersonRef)
  | { kind: 'role'; role: ApproverRole; level: ApproverLevel; orgNodeId: string; orgName: string };

export interface RoleSlot {
  role: ApproverRole;
  level: ApproverLevel;
}

export interface ResolvedStep {
  key: string;
  name: string;
  mode: CountersignMode;
  ratio?: number;
  deadlineHours?: number;
  assignees: Assignee[];
  /** The slot that takes over past the deadline when the flow names one. */
  escalateTo: Assignee | null;
}

export interface ResolvedFlow {
  stages: { steps: ResolvedStep[] }[];
  line: SubmitterLine;
}

/** STEP: one of the step's own approvers (or whoever a transfer or escalation handed it to); BEFORE/AFTER: 加签. */
export type TaskOrigin = 'STEP' | 'BEFORE' | 'AFTER';

export interface Task {
  id: string;
  stepKey: string;
  stageIndex: number;
  /** Each (re)activation of a stage is a new round, so a returned stage counts its decisions afresh. */
  round: number;
  origin: TaskOrigin;
  /** The task an added signer signs before or after. */
  parentTaskId: string | null;
  assignee: Assignee;
  status: ApprovalTaskStatus;
  activatedAt: Date;
  dueAt: Date | null;
  remindAt: Date | null;
  remindedAt: Date | null;
  actedBy: PersonRef | null;
  /** The person the actor stood in for (代理), when not themself. */
  actedFor: PersonRef | null;
  actedAt: Date | null;
  comment: string | null;
}

export interface InstanceState {
  status: ApprovalStatus;
  stageIndex: number;
  round: number;
  /** The round the last (re)submission started: a decision at or after it forbids withdrawing. */
  submissionRound: number;
  submitter: PersonRef;
  flow: ResolvedFlow;
  cc: PersonRef[];
  tasks: Task[];
  /** The submitter's last reminder (催办), to space them out. */
  lastRemindAt: Date | null;
}

export interface HistoryEntry {
  at: Date;
  action: ApprovalAction;
  /** null: the deadline job. */
  actor: PersonRef | null;
  onBehalfOf: PersonRef | null;
  taskId: string | null;
  stepKey: string | null;
  comment: string | null;
  detail: Record<string, unknown>;
}

/** The person acting, with the role slots they hold (role at org node). */
export interface EngineActor extends PersonRef {
  roles: readonly { role: string; orgNodeId: string }[];
}

/** A person's deputy for a window (代理): the deputy acts for them on their tasks from `from` until `to`. */
export interface Delegation {
  principal: PersonRef;
  principalRoles: readonly { role: string; orgNodeId: string }[];
  deputyId: string;
  from: Date;
  to: Date;
}

export type Outcome = 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
