import type { InspectionRouter } from '@duda/service-inspection';
import type { OrgRouter } from '@duda/service-org';
import { router } from '@duda/service-kit';
import type { createAuthRouter } from './auth-router.ts';

export interface ServiceRouters {
  org: OrgRouter;
  inspection: InspectionRouter;
}

/** The public API: `auth.*` from the gateway, then each domain service under its own prefix. */
export const createAppRouter = (auth: ReturnType<typeof createAuthRouter>, services: ServiceRouters) =>
  router({ auth, org: services.org, inspection: services.inspection });

/** What the front-ends' tRPC client is typed with. */
export type AppRouter = ReturnType<typeof createAppRouter>;
