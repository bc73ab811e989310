// The unit a form is filled in for: the caller must be one who files forms there (their own record), and the org
// service names it to them.
import { can } from '@duda/authz';
import { formsSubmissionErrors } from '@duda/contract-forms';
import type { FormsDeps } from '../deps.ts';
import { orgPlaces } from '../templates/org-places.ts';
import type { Ctx } from '../templates/template-access.ts';

export function assertMaySubmit(ctx: Ctx, orgNodeId: string) {
  if (!can(ctx.actor, 'forms.submission.submit', { orgNodeId, ownerPersonId: ctx.actor.personId })) {
    throw formsSubmissionErrors.submitDenied({}, 'orgNodeId');
  }
}

export async function unitOf(deps: FormsDeps, ctx: Ctx, orgNodeId: string) {
  assertMaySubmit(ctx, orgNodeId);
  const place = (await orgPlaces(deps, ctx, [orgNodeId])).get(orgNodeId);
  if (!place) throw formsSubmissionErrors.submitDenied({}, 'orgNodeId');
  return place;
}
