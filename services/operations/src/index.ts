export { database } from './database.ts';
export { createOperationsService, operationsModule, type OperationsService } from './module.ts';
export type { OperationsRouter } from './router/index.ts';
