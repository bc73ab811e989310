// The inspection area's contract (服务检查): what the service and the pages share across the wire.
export * from './rules/checklist-weights.ts';
export * from './rules/numbers.ts';
export * from './rules/result-validation.ts';
export * from './rules/scoring.ts';
export * from './rules/template-validation.ts';
export * from './rules/types.ts';
