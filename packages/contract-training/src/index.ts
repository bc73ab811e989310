// The Training and exams area's contract (培训考试).
export * from './analysis.ts';
export * from './analysis-errors.ts';
export * from './attempts.ts';
export * from './attempts-errors.ts';
export * from './bank.ts';
export * from './common.ts';
export * from './draw.ts';
export * from './enums.ts';
export * from './exams.ts';
export * from './exams-errors.ts';
export * from './errors.ts';
export * from './papers.ts';
export * from './papers-errors.ts';
export * from './marking.ts';
export * from './marking-errors.ts';
export * from './questions.ts';
export * from './terms.ts';
