// Who sees a submitted form (表单记录可见范围): its submitter; the unit's managers and supervisors above it
// (forms.submission.read over its org node; a clerk's grant reaches only their own); and the people taking part in
// its approval (approvers of the current and past steps, those copied in).
import { can, scopeOf, type Actor } from '@duda/authz';
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

/** The WHERE of the submitted forms a caller reads by the org tree. */
export function readableByScope(actor: Actor): Prisma.FormSubmissionWhereInput {
  const scope = scopeOf(actor, 'forms.submission.read');
  return {
    // A grant of one's own records (a clerk's) adds nothing to the first line.
    OR: [{ submitterId: actor.personId }, { orgNodeId: { in: scope.orgNodeIds } }],
  };
}
