// The org service's public API, one file per sub-area; each takes its input schemas from
// @duda/contract-org so the pages validate against the same ones.
import { router } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { accountRouter } from './account.ts';
import { adminRouter } from './admin.ts';
import { directoryProcedures } from './directory.ts';
import { meProcedure } from './me.ts';
import { peopleRouter } from './people.ts';
import { pendingRouter } from './pending.ts';
import { staffIdsRouter } from './staff-ids.ts';

/** Mounted by the gateway as `org.*`. */
export function createOrgRouter(deps: OrgDeps) {
  return router({
    me: meProcedure(deps),
    account: accountRouter(deps),
    ...directoryProcedures(deps),
    people: peopleRouter(deps),
    admin: adminRouter(deps),
    staffIds: staffIdsRouter(deps),
    pending: pendingRouter(deps),
  });
}

export type OrgRouter = ReturnType<typeof createOrgRouter>;
