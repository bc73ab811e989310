export { database } from './database.ts';
export { createPerformanceService, performanceModule, type PerformanceService } from './module.ts';
export type { PerformanceRouter } from './router/index.ts';
