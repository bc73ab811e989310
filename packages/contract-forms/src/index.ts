// The Forms and approvals area's contract (表单与审批).
export * from './entries.ts';
export * from './errors.ts';
