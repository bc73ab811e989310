import { defineArea } from '../area.ts';

/**
 * Workbench (工作台, services/portal): everyone's own to-dos (待办) and notifications. Nothing to grant: each
 * person reads only their own, and an area's to-dos are checked by the area's own rules.
 */
export const portalArea = defineArea({ actions: [], grants: {} });
