export { database } from './database.ts';
export { createFormsService, formsModule, type FormsService } from './module.ts';
export type { FormsRouter } from './router/index.ts';
