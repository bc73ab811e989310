export { database } from './database.ts';
export { createPortalService, portalModule, type PortalService } from './module.ts';
export type { PortalRouter } from './router/index.ts';
