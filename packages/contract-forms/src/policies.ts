// `forms.policies` (制度库): policies and standards with versions, revised through consultation (征求意见) and the
// leader's approval, then in force and required reading for their scope. The rules live in
// services/forms/src/policies/domain; what a page also needs (the enums, the inputs) is here.
import { commonErrors, coercedMoment, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { policyDocument } from './policy-document.ts';
import { policiesErrors } from './policies-errors.ts';

/** The one status enum of a version: 草稿/修订 → 征求意见 → 待审批 → 现行有效 → 已废止. */
export const POLICY_STATUSES = [
  'DRAFT',
  'IN_CONSULTATION',
  'AWAITING_APPROVAL',
  'IN_FORCE',
  'SUPERSEDED',
] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const POLICY_CATEGORIES = ['SERVICE_STANDARD', 'DUTY_RULE', 'CONTINGENCY_RULE', 'OTHER'] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

/** The roles a policy may be narrowed to (none chosen: everyone at the chosen units). */
export const POLICY_SCOPE_ROLES = [
  'city_supervisor',
  'district_supervisor',
  'hall_manager',
  'duty_manager',
  'manager_assistant',
  'clerk',
] as const;
export type PolicyScopeRole = (typeof POLICY_SCOPE_ROLES)[number];

/** Who answers a consultation for a consulted unit (征求意见): its supervisors and managers. */
export const POLICY_OPINION_ROLES = ['city_supervisor', 'district_supervisor', 'hall_manager'] as const;

/** The approval engine's subject type of a version sent to the leader (制度修订审批). */
export const POLICY_SUBJECT_TYPE = 'policy-revision';

const id = z.uuid({ error: commonErrors.invalidId.code });
const ids = (max: number) => z.array(id).max(max);
const reason = text().trim().max(500);

const content = z.object({
  title: text().trim().min(1).max(100),
  category: z.enum(POLICY_CATEGORIES),
  body: policyDocument,
  scope: z.object({
    orgNodeIds: ids(200).min(1, { error: policiesErrors.scopeEmpty.code }),
    roles: z.array(z.enum(POLICY_SCOPE_ROLES)).max(POLICY_SCOPE_ROLES.length).default([]),
  }),
  /** Files uploaded first through forms.submissions.uploadFile for the owning unit. */
  attachmentIds: ids(10).default([]),
  /** What changed in this version (修订说明). */
  changeNote: text().trim().max(500).optional(),
});

export const policyInputs = {
  /** A new policy at a unit the caller keeps policies for, as draft version 1. */
  create: content.extend({ ownerOrgId: id }),
  /** The draft (or a version sent back to revision) changed. */
  saveDraft: content.extend({ versionId: id }),
  /** A new draft version from the one in force (修订). */
  revise: z.object({ policyId: id }),
  /** 征求意见: the draft sent to chosen units until a deadline. */
  startConsultation: z.object({
    versionId: id,
    orgNodeIds: ids(50).min(1, { error: policiesErrors.consultationEmpty.code }),
    deadline: coercedMoment(),
  }),
  /** A consulted unit's supervisor's opinion (given again before the deadline: replaced). */
  giveOpinion: z.object({ versionId: id, text: text().trim().min(1).max(2000) }),
  /** The author's answer to one opinion: accepted or not, with a reason (required when not accepted). */
  markOpinion: z.object({ opinionId: id, accepted: z.boolean(), reason: reason.optional() }),
  /** To the leader (待审批), every opinion answered; again after a send-back. */
  submit: z.object({ versionId: id }),
  /** 已读: the caller read a version in force. */
  markRead: z.object({ versionId: id }),
  get: z.object({ id }),
  list: pageInput.extend({
    status: z.enum(POLICY_STATUSES).optional(),
    category: z.enum(POLICY_CATEGORIES).optional(),
    q: text().trim().max(50).optional(),
  }),
  compare: z.object({ fromVersionId: id, toVersionId: id }),
  /**
   * What the leader decides on (an approval of a policy revision): the version's text, the line-by-line comparison
   * with the version it replaces, and the consultation's opinions with the author's answers.
   */
  forDecision: z.object({ instanceId: id }),
  /** The version in force on a past (or today's) date, China time. */
  inForceOn: z.object({
    policyId: id,
    date: text()
      .regex(/^(19|20)\d{2}-\d{2}-\d{2}$/, { error: policiesErrors.dateFormat.code, abort: true })
      .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), {
        error: policiesErrors.dateFormat.code,
      }),
  }),
};
