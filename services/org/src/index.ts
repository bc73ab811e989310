import type { Pool } from '@duda/db';
import { database } from './database.ts';
import type { OrgDeps } from './deps.ts';
import { createIdentityRouter, localIdentity, remoteIdentity, type IdentityPort } from './identity/port.ts';
import { createOrgPrisma } from './prisma.ts';
import { createOrgRouter, type OrgRouter } from './router/index.ts';

export { database, createIdentityRouter, remoteIdentity, type IdentityPort, type OrgRouter };
export type { ResolvedSession } from './identity/session.ts';
export type { LoginResult } from './identity/login.ts';
export type { OrgTreeNode, OrgNodeView, PersonSummary } from './directory/views.ts';

/** The org service, in-process: its public router, the identity port for the gateway, and shutdown. */
export function createOrgService(options: { pool: Pool; now?: () => Date }) {
  const deps: OrgDeps = { prisma: createOrgPrisma(options.pool), now: options.now ?? (() => new Date()) };
  return {
    database,
    router: createOrgRouter(deps),
    identity: localIdentity(deps),
    prisma: deps.prisma,
    close: () => deps.prisma.$disconnect(),
  };
}

export type OrgService = ReturnType<typeof createOrgService>;
