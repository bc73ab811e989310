// The Forms and approvals area's contract (表单与审批).
export * from './entries.ts';
export * from './errors.ts';
export * from './approvals.ts';
export * from './approvals-errors.ts';
