import type { Role } from './roles.ts';

/**
 * Everything the platform lets someone do, named `<area>.<object>.<verb>`. Services check these, the
 * shell uses them to decide which menu entries a person sees.
 */
export const ACTIONS = [
  'org.read',
  'org.manage',
  'person.read',
  'person.manage',
  'audit.read',
  'inspection.template.read',
  'inspection.template.manage',
  'inspection.plan.read',
  'inspection.plan.edit',
  'inspection.plan.approve',
  'inspection.read',
  'inspection.perform',
  'inspection.selfcheck',
  'inspection.mystery.read',
  'inspection.mystery.publish',
  'rectification.read',
  'rectification.respond',
  'rectification.verify',
  'notice.read',
  'notice.manage',
  'queue.read',
  'queue.report',
  'archive.manage',
] as const;

export type Action = (typeof ACTIONS)[number];

/**
 * How far a grant reaches. `subtree`: the assignment's org node and everything below it.
 * `own`: only records that belong to the person (a clerk's own scores and requests).
 */
export type Reach = 'subtree' | 'own';

type Grants = Partial<Record<Action, Reach>>;

const readOrg: Grants = { 'org.read': 'subtree', 'person.read': 'subtree' };
const readInspection: Grants = {
  'inspection.template.read': 'subtree',
  'inspection.plan.read': 'subtree',
  'inspection.read': 'subtree',
  'rectification.read': 'subtree',
  'notice.read': 'subtree',
  'queue.read': 'subtree',
};
const supervise: Grants = {
  ...readOrg,
  ...readInspection,
  'inspection.plan.edit': 'subtree',
  'inspection.perform': 'subtree',
  'rectification.verify': 'subtree',
  'notice.manage': 'subtree',
  'archive.manage': 'subtree',
};
const runHall: Grants = {
  ...readOrg,
  ...readInspection,
  'inspection.selfcheck': 'subtree',
  'rectification.respond': 'subtree',
  'queue.report': 'subtree',
};

/** What each role may do, and how far. Kept as one table so a reviewer can read the policy in one place. */
export const ROLE_GRANTS: Record<Role, Grants> = {
  city_supervisor: {
    ...supervise,
    'inspection.template.manage': 'subtree',
    'inspection.mystery.read': 'subtree',
    'inspection.mystery.publish': 'subtree',
  },
  district_supervisor: supervise,
  hall_manager: runHall,
  duty_manager: runHall,
  manager_assistant: runHall,
  clerk: { 'org.read': 'subtree', 'notice.read': 'subtree', 'person.read': 'own' },
  trainer: { ...readOrg, 'notice.read': 'subtree' },
  hr: { ...readOrg, 'notice.read': 'subtree' },
  leader: {
    ...readOrg,
    ...readInspection,
    'inspection.plan.approve': 'subtree',
    'inspection.mystery.read': 'subtree',
  },
  admin: {
    ...readOrg,
    'org.manage': 'subtree',
    'person.manage': 'subtree',
    'audit.read': 'subtree',
    'inspection.template.read': 'subtree',
    'inspection.template.manage': 'subtree',
  },
};

export const grantOf = (role: Role, action: Action): Reach | undefined => ROLE_GRANTS[role][action];
