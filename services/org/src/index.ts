export { database } from './database.ts';
export { createIdentityRouter, remoteIdentity, type IdentityPort } from './identity/port.ts';
export { createOrgService, orgModule, type OrgService } from './module.ts';
export type { OrgRouter } from './router/index.ts';
export type { ResolvedSession } from './identity/session.ts';
export type { LoginResult } from './identity/login.ts';
export type { OrgTreeNode, OrgNodeView, PersonSummary } from './directory/views.ts';
/** `org.me`'s service function, for the gateway bench that calls it without tRPC. */
export { readMe } from './router/me.ts';
/** The first administrator of an installation without one, for the gateway's `create-admin` command. */
export { createFirstAdmin, type FirstAdmin, type FirstAdminResult } from './admin/first-admin.ts';
