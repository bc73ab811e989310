// The inspection area's contract (服务检查): what the service and the pages share across the wire — the
// enums, the input schemas of every procedure (one file per sub-area, as the router is split), and the
// pure rules a page runs too (the live score preview, the standard editor's checks).
export * from './enums.ts';
export * from './common.ts';
export * from './templates.ts';
export * from './plans.ts';
export * from './inspections.ts';
export * from './rectifications.ts';
export * from './notices.ts';
export * from './archive.ts';
export * from './queue.ts';
export * from './dashboard.ts';
export * from './defects.ts';
export * from './rules/checklist-weights.ts';
export * from './rules/numbers.ts';
export * from './rules/photo-policy.ts';
export * from './rules/planning.ts';
export * from './rules/result-validation.ts';
export * from './rules/scoring.ts';
export * from './rules/template-validation.ts';
export * from './rules/types.ts';
export * from './errors.ts';
export * from './status-labels.ts';
export * from './text-limits.ts';
