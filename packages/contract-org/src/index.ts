// The org and identity contract: what the org service and the pages share across the wire — roles and
// org levels (owned by @duda/authz), staff statuses, and the input schemas of every `org.*` procedure,
// one file per sub-area as the router is split.
export * from './common.ts';
export * from './account.ts';
export * from './directory.ts';
export * from './people.ts';
export * from './people-import.ts';
export * from './org-admin.ts';
export * from './staff-ids.ts';
export * from './errors.ts';
