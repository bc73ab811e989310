// The Training and exams area's contract (培训考试).
export * from './entries.ts';
export * from './errors.ts';
