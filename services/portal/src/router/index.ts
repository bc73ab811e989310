// The Workbench service's public API, one file per sub-area; inputs come from @duda/contract-portal.
import { router } from '@duda/service-kit';
import type { PortalDeps } from '../deps.ts';
import { dutiesRouter } from './duties.ts';
import { inboxRouter } from './inbox.ts';
import { notificationsRouter } from './notifications.ts';
import { reportsRouter } from './reports.ts';
import { worklogRouter } from './worklog.ts';

/** Mounted by the gateway as `portal.*`. */
export function createPortalRouter(deps: PortalDeps) {
  return router({
    inbox: inboxRouter(deps),
    duties: dutiesRouter(deps),
    notifications: notificationsRouter(deps),
    worklog: worklogRouter(deps),
    reports: reportsRouter(deps),
  });
}

export type PortalRouter = ReturnType<typeof createPortalRouter>;
