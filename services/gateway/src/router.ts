import { router } from '@duda/service-kit';
import type { createAuthRouter } from './auth-router.ts';
import type { ServiceRouters } from './modules.ts';

export type { ServiceRouters } from './modules.ts';

/** The public API: `auth.*` from the gateway, then each domain service under its own prefix. */
export const createAppRouter = (auth: ReturnType<typeof createAuthRouter>, services: ServiceRouters) =>
  router({ auth, ...services });

/** What the front-ends' tRPC client is typed with. */
export type AppRouter = ReturnType<typeof createAppRouter>;
