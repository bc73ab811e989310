import { defineArea } from '../area.ts';

const readOrg = { 'org.read': 'subtree', 'person.read': 'subtree' } as const;

/** Organisation and identity (组织与人员, services/org): the org tree, staff and accounts, the audit log. */
export const orgArea = defineArea({
  actions: ['org.read', 'org.manage', 'person.read', 'person.manage', 'audit.read'],
  grants: {
    city_supervisor: readOrg,
    district_supervisor: readOrg,
    hall_manager: readOrg,
    duty_manager: readOrg,
    manager_assistant: readOrg,
    // A clerk sees their hall and only their own staff record.
    clerk: { 'org.read': 'subtree', 'person.read': 'own' },
    trainer: readOrg,
    hr: readOrg,
    leader: readOrg,
    admin: { ...readOrg, 'org.manage': 'subtree', 'person.manage': 'subtree', 'audit.read': 'subtree' },
  },
});
