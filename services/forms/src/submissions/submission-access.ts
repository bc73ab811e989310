// Who sees a submitted form (表单记录可见范围): its submitter; the unit's managers and supervisors above it
// (forms.submission.read over its org node; a clerk's grant reaches only their own); the person the record is about
// (a form's own person field: 表9's 谈话对象, 表10's 请假人); and the people taking part in its approval (approvers of
// the current and past steps, those copied in).
import { can, scopeOf, type Actor } from '@duda/authz';
import type { UiSchema } from '@duda/contract-forms';
import type { Prisma } from '../generated/prisma/client.ts';

export interface SubmissionRef {
  orgNodeId: string;
  submitterId: string;
}

/** By the org tree alone (the approval's participants are asked separately). */
export const mayReadByScope = (actor: Actor, submission: SubmissionRef): boolean =>
  submission.submitterId === actor.personId ||
  can(actor, 'forms.submission.read', {
    orgNodeId: submission.orgNodeId,
    ownerPersonId: submission.submitterId,
  });

/**
 * The record names the caller in one of the form's own person fields (not a table's rows): a conversation record a
 * superior filed about a clerk (表9, also what performance files for an appeal's interview) is hers to read.
 */
export function namesReader(actor: Actor, uiSchema: UiSchema, data: unknown): boolean {
  const values = (data ?? {}) as Record<string, { id?: unknown } | null | undefined>;
  return uiSchema.fields.some((field) => field.kind === 'person' && values[field.key]?.id === actor.personId);
}

/** The WHERE of the submitted forms a caller reads by the org tree. */
export function readableByScope(actor: Actor): Prisma.FormSubmissionWhereInput {
  const scope = scopeOf(actor, 'forms.submission.read');
  return {
    // A grant of one's own records (a clerk's) adds nothing to the first line.
    OR: [{ submitterId: actor.personId }, { orgNodeId: { in: scope.orgNodeIds } }],
  };
}
