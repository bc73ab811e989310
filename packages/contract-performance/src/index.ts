// The Performance area's contract (绩效考核).
export * from './entries.ts';
export * from './errors.ts';
