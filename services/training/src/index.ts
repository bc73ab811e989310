export { database } from './database.ts';
export { createTrainingService, trainingModule, type TrainingService } from './module.ts';
export type { TrainingRouter } from './router/index.ts';
