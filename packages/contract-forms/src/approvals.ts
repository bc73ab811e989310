// `forms.approvals` (审批): an approval flow's definition, the statuses and actions of its instances, and the
// inputs of the procedures. The engine that runs a flow lives in services/forms/src/approvals/domain; this is
// what both sides of the wire share (the designer page validates a flow with the same schema).
import { commonErrors, coercedMoment, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { approvalsErrors } from './approvals-errors.ts';

export const APPROVAL_STATUSES = ['IN_PROGRESS', 'APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** WAITING: the assignee added a signer before themself (前加签) and waits for them. */
export const APPROVAL_TASK_STATUSES = [
  'PENDING',
  'WAITING',
  'APPROVED',
  'REJECTED',
  'RETURNED',
  'TRANSFERRED',
  'ESCALATED',
  'CANCELLED',
] as const;
export type ApprovalTaskStatus = (typeof APPROVAL_TASK_STATUSES)[number];

/** What the history records; the first six an approver chooses (`forms.approvals.act`). */
export const APPROVAL_ACTIONS = [
  'APPROVE',
  'REJECT',
  'RETURN',
  'TRANSFER',
  'ADD_SIGNER',
  'CC',
  'REMIND',
  'SUBMIT',
  'RESUBMIT',
  'WITHDRAW',
  'ESCALATE',
] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/** 会签 every approver, 或签 the first one, or a share of them. */
export const COUNTERSIGN_MODES = ['ALL', 'ANY', 'RATIO'] as const;
export type CountersignMode = (typeof COUNTERSIGN_MODES)[number];

/** The roles a step may name; each is looked for on the submitter's own line of the org tree. */
export const APPROVER_ROLES = [
  'hall_manager',
  'duty_manager',
  'manager_assistant',
  'district_supervisor',
  'city_supervisor',
  'trainer',
  'hr',
  'leader',
] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

/** The level of the submitter's line a role is found at (hall → its district → its city). */
export const APPROVER_LEVELS = ['hall', 'district', 'city'] as const;
export type ApproverLevel = (typeof APPROVER_LEVELS)[number];

/** The level each role sits at when the step does not say (a leader may sit at any: the step must say). */
export const APPROVER_ROLE_LEVEL: Record<ApproverRole, ApproverLevel | null> = {
  hall_manager: 'hall',
  duty_manager: 'hall',
  manager_assistant: 'hall',
  district_supervisor: 'district',
  city_supervisor: 'city',
  trainer: 'city',
  hr: 'city',
  leader: null,
};

const id = z.uuid({ error: commonErrors.invalidId.code });
/** A step's key within its flow. */
export const stepKeySchema = text()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, { error: approvalsErrors.stepKeyFormat.code });
const name = text().trim().min(1).max(40);
const comment = text().trim().max(500);

const roleRef = z.object({ role: z.enum(APPROVER_ROLES), level: z.enum(APPROVER_LEVELS).optional() });

export const approverSchema = z.discriminatedUnion('kind', [
  /** Whoever holds the role at the submitter's hall, district or city (a role slot: any holder may act). */
  roleRef.extend({ kind: z.literal('role') }),
  /** A named person, whoever submits. */
  z.object({ kind: z.literal('person'), personId: id, name }),
  /** The submitter picks the person when submitting (自选审批人). */
  z.object({ kind: z.literal('picked') }),
]);
export type Approver = z.infer<typeof approverSchema>;

export const flowStepSchema = z.object({
  key: stepKeySchema,
  name,
  approvers: z.array(approverSchema).min(1).max(20),
  mode: z.enum(COUNTERSIGN_MODES),
  /** RATIO only: the share of approvers that must approve, e.g. 0.5 (more than that reject: rejected). */
  ratio: z.number().gt(0).max(1).optional(),
  /** Hours the step's approvers have before reminders and escalation; none means no deadline. */
  deadlineHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  /** Who takes over a step past its deadline; by default the role above a role slot (店面经理 → 区县督导 …). */
  escalateTo: roleRef.optional(),
});
export type FlowStep = z.infer<typeof flowStepSchema>;

/** Steps of a stage run at once (并行) and all must pass; stages run one after the other (串行). */
export const flowStageSchema = z.object({ steps: z.array(flowStepSchema).min(1).max(5) });

export const flowDefinitionSchema = z
  .object({ stages: z.array(flowStageSchema).min(1).max(20) })
  .superRefine((flow, ctx) => {
    const seen = new Set<string>();
    flow.stages.forEach((stage, s) =>
      stage.steps.forEach((step, i) => {
        const path = ['stages', s, 'steps', i];
        if (seen.has(step.key))
          ctx.addIssue({
            code: 'custom',
            message: approvalsErrors.stepKeyRepeated.code,
            path: [...path, 'key'],
          });
        seen.add(step.key);
        if ((step.mode === 'RATIO') !== (step.ratio !== undefined))
          ctx.addIssue({
            code: 'custom',
            message: approvalsErrors.ratioOnlyForRatio.code,
            path: [...path, 'ratio'],
          });
        const roles = [
          ...step.approvers.flatMap((a) => (a.kind === 'role' ? [a] : [])),
          ...(step.escalateTo ? [step.escalateTo] : []),
        ];
        if (roles.some((r) => !r.level && APPROVER_ROLE_LEVEL[r.role] === null))
          ctx.addIssue({
            code: 'custom',
            message: approvalsErrors.levelRequired.code,
            path: [...path, 'approvers'],
          });
      }),
    );
  });
export type FlowDefinition = z.infer<typeof flowDefinitionSchema>;

/** The person a submitter picked for a `picked` approver, by step key. */
export const pickedApproversSchema = z.record(stepKeySchema, z.object({ personId: id, name }));

const byInstance = z.object({ instanceId: id });

/** At most this many signers are added (加签) in one call. */
export const MAX_ADDED_SIGNERS = 10;

/** What a person is named for on an approval: 转交 and 加签 on one's task, 抄送 on the approval. */
export const NAMING_PURPOSES = ['TRANSFER', 'ADD_SIGNER', 'CC'] as const;
export type NamingPurpose = (typeof NAMING_PURPOSES)[number];

/**
 * The subjects of other areas an approval may be started for through `forms.approvals.start`, each with the area
 * that owns it (its prefix) and the permission (of that area's catalogue, packages/authz) the submitter must hold
 * over the subject's unit: a call forwarded from another service carries the person, not the service, so the owning
 * area's own right over the unit is what says the call is that area's. Add a line here to let an area start one.
 */
export const EXTERNAL_APPROVAL_SUBJECTS = {
  'operations.device-retirement': { area: 'operations', permission: 'operations.device.manage' },
} as const;
export type ExternalApprovalSubject = keyof typeof EXTERNAL_APPROVAL_SUBJECTS;
const externalSubjects = Object.keys(EXTERNAL_APPROVAL_SUBJECTS) as [
  ExternalApprovalSubject,
  ...ExternalApprovalSubject[],
];

export const approvalInputs = {
  pending: pageInput,
  history: byInstance,
  get: byInstance,
  act: z.discriminatedUnion('action', [
    z.object({ action: z.literal('APPROVE'), taskId: id, comment: comment.optional() }),
    z.object({ action: z.literal('REJECT'), taskId: id, comment: comment.min(1) }),
    /** Back to an earlier stage (by one of its steps' keys), or to the submitter when none is named. */
    z.object({
      action: z.literal('RETURN'),
      taskId: id,
      comment: comment.min(1),
      toStepKey: stepKeySchema.optional(),
    }),
    z.object({
      action: z.literal('TRANSFER'),
      taskId: id,
      to: z.object({ personId: id, name }),
      comment: comment.optional(),
    }),
    /** Several signers at once: all are added, or (one refused) none. */
    z.object({
      action: z.literal('ADD_SIGNER'),
      taskId: id,
      signers: z
        .array(z.object({ personId: id, name }))
        .min(1)
        .max(MAX_ADDED_SIGNERS),
      position: z.enum(['BEFORE', 'AFTER']),
      comment: comment.optional(),
    }),
  ]),
  cc: z.object({
    instanceId: id,
    people: z
      .array(z.object({ personId: id, name }))
      .min(1)
      .max(20),
  }),
  /** People the caller may name on the approval for the purpose (and, for 转交 / 加签, on their task). */
  nameable: pageInput.extend({
    instanceId: id,
    purpose: z.enum(NAMING_PURPOSES),
    taskId: id.optional(),
    q: text().trim().max(30).optional(),
  }),
  /**
   * Another area's service starts (or, after a rejection or a return, resubmits) the approval of its own subject,
   * on behalf of the person submitting it; the outcome comes back as `forms.approval.completed`.
   */
  start: z.object({
    subjectType: z.enum(externalSubjects),
    subjectId: id,
    title: text().trim().min(1).max(100),
    orgNodeId: id,
    flow: flowDefinitionSchema,
    picked: pickedApproversSchema.optional(),
  }),
  remind: z.object({ instanceId: id, comment: comment.optional() }),
  withdraw: z.object({ instanceId: id, comment: comment.optional() }),
  resubmit: z.object({ instanceId: id, comment: comment.optional() }),
  delegationList: pageInput,
  delegationCreate: z
    .object({ deputy: z.object({ personId: id, name }), from: coercedMoment(), to: coercedMoment() })
    .refine((d) => d.to > d.from, { message: approvalsErrors.delegationWindow.code, path: ['to'] }),
  delegationRemove: z.object({ id }),
};
