// The Forms and approvals service's public API, one file per sub-area; inputs come from @duda/contract-forms.
import { router } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';
import { approvalsRouter } from './approvals.ts';
import { complaintsRouter } from './complaints.ts';
import { pendingRouter } from './pending.ts';
import { policiesRouter } from './policies.ts';
import { submissionsRouter } from './submissions.ts';
import { templatesRouter } from './templates.ts';

/** Mounted by the gateway as `forms.*`. */
export function createFormsRouter(deps: FormsDeps) {
  return router({
    approvals: approvalsRouter(deps),
    pending: pendingRouter(deps),
    templates: templatesRouter(deps),
    submissions: submissionsRouter(deps),
    complaints: complaintsRouter(deps),
    policies: policiesRouter(deps),
  });
}

export type FormsRouter = ReturnType<typeof createFormsRouter>;
