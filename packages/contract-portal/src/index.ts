// The Workbench area's contract (工作台).
export * from './errors.ts';
export * from './notifications.ts';
export * from './inbox.ts';
export * from './duties.ts';
export * from './duties-errors.ts';
export * from './worklog.ts';
export * from './worklog-errors.ts';
export * from './reports.ts';
export * from './reports-errors.ts';
