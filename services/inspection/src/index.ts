export { database } from './database.ts';
export {
  createInspectionService,
  inspectionModule,
  PHOTO_PATH,
  type InspectionService,
  type InspectionServiceOptions,
} from './module.ts';
export { localDiskStorage, type PhotoStorage } from './ports/photo-storage.ts';
export type { InspectionRouter } from './router/index.ts';
