import { describe, expect, it } from 'vitest';
import { ACTIONS, ASSIGNABLE, grantOf, ROLE_GRANTS } from './actions.ts';
import type { Reach } from './area.ts';
import { defineArea } from './area.ts';
import { inspectionArea } from './areas/inspection.ts';
import { orgArea } from './areas/org.ts';
import { composeAreas } from './compose.ts';
import { ROLES, type Role } from './roles.ts';

// Taken from the single hand-kept table (packages/authz/src/actions.ts at 71037eb) before it was split into
// areas. Changing the policy means changing this literal too, in the same commit, on purpose. Areas added
// since (pnpm new-area) come after these actions and are pinned by their own tests.
const ACTIONS_BEFORE_SPLIT = [
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
];

const GRANTS_BEFORE_SPLIT: Record<Role, Record<string, Reach>> = {
  city_supervisor: {
    'org.read': 'subtree',
    'person.read': 'subtree',
    'inspection.template.read': 'subtree',
    'inspection.template.manage': 'subtree',
    'inspection.plan.read': 'subtree',
    'inspection.plan.edit': 'subtree',
    'inspection.read': 'subtree',
    'inspection.perform': 'subtree',
    'inspection.mystery.read': 'subtree',
    'inspection.mystery.publish': 'subtree',
    'rectification.read': 'subtree',
    'rectification.verify': 'subtree',
    'notice.read': 'subtree',
    'notice.manage': 'subtree',
    'queue.read': 'subtree',
    'archive.manage': 'subtree',
  },
  district_supervisor: {
    'org.read': 'subtree',
    'person.read': 'subtree',
    'inspection.template.read': 'subtree',
    'inspection.plan.read': 'subtree',
    'inspection.plan.edit': 'subtree',
    'inspection.read': 'subtree',
    'inspection.perform': 'subtree',
    'rectification.read': 'subtree',
    'rectification.verify': 'subtree',
    'notice.read': 'subtree',
    'notice.manage': 'subtree',
    'queue.read': 'subtree',
    'archive.manage': 'subtree',
  },
  hall_manager: {
    'org.read': 'subtree',
    'person.read': 'subtree',
    'inspection.template.read': 'subtree',
    'inspection.plan.read': 'subtree',
    'inspection.read': 'subtree',
    'inspection.selfcheck': 'subtree',
    'rectification.read': 'subtree',
    'rectification.respond': 'subtree',
    'notice.read': 'subtree',
    'queue.read': 'subtree',
    'queue.report': 'subtree',
  },
  duty_manager: {
    'org.read': 'subtree',
    'person.read': 'subtree',
    'inspection.template.read': 'subtree',
    'inspection.plan.read': 'subtree',
    'inspection.read': 'subtree',
    'inspection.selfcheck': 'subtree',
    'rectification.read': 'subtree',
    'rectification.respond': 'subtree',
    'notice.read': 'subtree',
    'queue.read': 'subtree',
    'queue.report': 'subtree',
  },
  manager_assistant: {
    'org.read': 'subtree',
    'person.read': 'subtree',
    'inspection.template.read': 'subtree',
    'inspection.plan.read': 'subtree',
    'inspection.read': 'subtree',
    'inspection.selfcheck': 'subtree',
    'rectification.read': 'subtree',
    'rectification.respond': 'subtree',
    'notice.read': 'subtree',
    'queue.read': 'subtree',
    'queue.report': 'subtree',
  },
  clerk: {
    'org.read': 'subtree',
    'person.read': 'own',
    'notice.read': 'subtree',
  },
  trainer: {
    'org.read': 'subtree',
    'person.read': 'subtree',
    'notice.read': 'subtree',
  },
  hr: {
    'org.read': 'subtree',
    'person.read': 'subtree',
    'notice.read': 'subtree',
  },
  leader: {
    'org.read': 'subtree',
    'person.read': 'subtree',
    'inspection.template.read': 'subtree',
    'inspection.plan.read': 'subtree',
    'inspection.plan.approve': 'subtree',
    'inspection.read': 'subtree',
    'inspection.mystery.read': 'subtree',
    'rectification.read': 'subtree',
    'notice.read': 'subtree',
    'queue.read': 'subtree',
  },
  admin: {
    'org.read': 'subtree',
    'org.manage': 'subtree',
    'person.read': 'subtree',
    'person.manage': 'subtree',
    'audit.read': 'subtree',
    'inspection.template.read': 'subtree',
    'inspection.template.manage': 'subtree',
  },
};

/** Every role × every action: the reach granted, or null. */
const matrix = (reach: (role: Role, action: string) => Reach | undefined) =>
  Object.fromEntries(
    ROLES.map((role) => [
      role,
      Object.fromEntries(ACTIONS_BEFORE_SPLIT.map((action) => [action, reach(role, action) ?? null])),
    ]),
  );

describe('the composed policy', () => {
  it('declares exactly the actions it declared before the areas were split, first', () => {
    expect(ACTIONS.slice(0, ACTIONS_BEFORE_SPLIT.length)).toEqual(ACTIONS_BEFORE_SPLIT);
  });

  it('gives every role exactly the reach it had, action by action (no grant widened or lost)', () => {
    expect(matrix((role, action) => grantOf(role, action as never))).toEqual(
      matrix((role, action) => GRANTS_BEFORE_SPLIT[role][action]),
    );
    const pinned = (grants: Record<string, Reach | undefined>) =>
      Object.fromEntries(Object.entries(grants).filter(([action]) => ACTIONS_BEFORE_SPLIT.includes(action)));
    for (const role of ROLES) expect(pinned(ROLE_GRANTS[role])).toEqual(GRANTS_BEFORE_SPLIT[role]);
  });

  it('opens the same actions to an explicit assignment', () => {
    expect([...ASSIGNABLE].filter((action) => ACTIONS_BEFORE_SPLIT.includes(action)).sort()).toEqual([
      'inspection.perform',
      'inspection.read',
      'rectification.read',
      'rectification.verify',
    ]);
  });

  it('has each area grant only actions it declares itself', () => {
    for (const area of [orgArea, inspectionArea]) {
      const own = new Set<string>(area.actions);
      const granted = Object.values(area.grants).flatMap((grants) => Object.keys(grants ?? {}));
      expect(granted.filter((action) => !own.has(action))).toEqual([]);
      expect((area.assignable ?? []).filter((action) => !own.has(action))).toEqual([]);
    }
  });
});

describe('composeAreas', () => {
  const exam = defineArea({
    actions: ['exam.take', 'exam.paper.edit'],
    grants: { clerk: { 'exam.take': 'own' }, trainer: { 'exam.paper.edit': 'subtree' } },
  });

  it('adds a new area grants to each role beside the others', () => {
    const { actions, roleGrants } = composeAreas<string>([orgArea, exam]);
    expect(actions).toEqual([...orgArea.actions, 'exam.take', 'exam.paper.edit']);
    expect(roleGrants.clerk).toEqual({ 'org.read': 'subtree', 'person.read': 'own', 'exam.take': 'own' });
    expect(roleGrants.hr).toEqual({ 'org.read': 'subtree', 'person.read': 'subtree' });
  });

  it('refuses an action two areas declare, since one would silently override the other', () => {
    const clash = defineArea({ actions: ['org.read'], grants: { clerk: { 'org.read': 'subtree' } } });
    expect(() => composeAreas<string>([orgArea, clash])).toThrow(
      'authz: action org.read is declared by two areas',
    );
  });
});
