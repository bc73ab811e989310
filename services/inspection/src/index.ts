export { database } from './database.ts';
export {
  createInspectionService,
  inspectionModule,
  PHOTO_PATH,
  type InspectionService,
  type InspectionServiceOptions,
} from './module.ts';
export type { InspectionRouter } from './router/index.ts';
/** The dashboard's service function, for the gateway bench that calls it without tRPC. */
export { dashboard } from './dashboard/dashboard-service.ts';
