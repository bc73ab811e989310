import { describe, expect, it } from 'vitest';
import type { Action } from './actions.ts';
import { can, canAnywhere, permissionsOf, scopeOf, type Actor, type ScopedRole } from './authorize.ts';
import type { OrgLevel, Role } from './roles.ts';

// 杭州市 (C) with two districts; 西湖区 (D1) has halls H1 and H2, 滨江区 (D2) has hall H3.
const tree: Record<string, { level: OrgLevel; children: string[] }> = {
  P: { level: 'province', children: ['C'] },
  C: { level: 'city', children: ['D1', 'D2'] },
  D1: { level: 'district', children: ['H1', 'H2'] },
  D2: { level: 'district', children: ['H3'] },
  H1: { level: 'hall', children: [] },
  H2: { level: 'hall', children: [] },
  H3: { level: 'hall', children: [] },
};
const subtree = (id: string): string[] => [id, ...tree[id]!.children.flatMap(subtree)];

function actor(role: Role, at: string, personId = `${role}@${at}`): Actor {
  const scoped: ScopedRole = {
    role,
    orgNodeId: at,
    orgNodeName: at,
    orgLevel: tree[at]!.level,
    subtree: subtree(at),
  };
  return { personId, name: personId, staffNo: '0001', homeOrgNodeId: at, roles: [scoped] };
}

type Row = [role: Role, at: string, action: Action, target: string, allowed: boolean];

const table: Row[] = [
  // City supervisor: everything in the city, standards, mystery results; not admin work.
  ['city_supervisor', 'C', 'inspection.read', 'H3', true],
  ['city_supervisor', 'C', 'inspection.template.manage', 'C', true],
  ['city_supervisor', 'C', 'inspection.mystery.read', 'H1', true],
  ['city_supervisor', 'C', 'person.manage', 'H1', false],
  ['city_supervisor', 'C', 'inspection.read', 'P', false],
  // District supervisor: own district only; cannot approve plans or manage standards.
  ['district_supervisor', 'D1', 'inspection.perform', 'H2', true],
  ['district_supervisor', 'D1', 'rectification.verify', 'H1', true],
  ['district_supervisor', 'D1', 'inspection.read', 'H3', false],
  ['district_supervisor', 'D1', 'inspection.plan.approve', 'D1', false],
  ['district_supervisor', 'D1', 'inspection.template.manage', 'C', false],
  ['district_supervisor', 'D1', 'inspection.mystery.read', 'H1', false],
  // Hall manager: own hall only.
  ['hall_manager', 'H1', 'inspection.read', 'H1', true],
  ['hall_manager', 'H1', 'rectification.respond', 'H1', true],
  ['hall_manager', 'H1', 'inspection.selfcheck', 'H1', true],
  ['hall_manager', 'H1', 'inspection.read', 'H2', false],
  ['hall_manager', 'H1', 'rectification.respond', 'H2', false],
  ['hall_manager', 'H1', 'rectification.verify', 'H1', false],
  ['hall_manager', 'H1', 'inspection.perform', 'H1', false],
  ['hall_manager', 'H1', 'inspection.mystery.read', 'H1', false],
  // Duty manager and assistant: same scope as the hall manager.
  ['duty_manager', 'H2', 'queue.report', 'H2', true],
  ['duty_manager', 'H2', 'queue.report', 'H1', false],
  ['manager_assistant', 'H2', 'rectification.respond', 'H2', true],
  // Clerk: hall notices, nothing of inspections.
  ['clerk', 'H1', 'notice.read', 'H1', true],
  ['clerk', 'H1', 'notice.read', 'H2', false],
  ['clerk', 'H1', 'inspection.read', 'H1', false],
  // Leader approves plans in scope.
  ['leader', 'C', 'inspection.plan.approve', 'D2', true],
  ['leader', 'D1', 'inspection.plan.approve', 'D2', false],
  // Trainer and HR read the org, not inspections.
  ['trainer', 'C', 'org.read', 'H3', true],
  ['trainer', 'C', 'inspection.read', 'H3', false],
  ['hr', 'C', 'person.read', 'H2', true],
  ['hr', 'C', 'person.manage', 'H2', false],
  // Admin manages people and the tree, but does not read inspection results.
  ['admin', 'P', 'person.manage', 'H3', true],
  ['admin', 'P', 'org.manage', 'C', true],
  ['admin', 'P', 'audit.read', 'P', true],
  ['admin', 'P', 'inspection.read', 'H3', false],
];

describe('can — role × scope × action', () => {
  it.each(table)('%s at %s: %s on %s → %s', (role, at, action, target, allowed) => {
    expect(can(actor(role, at), action, { orgNodeId: target })).toBe(allowed);
  });
});

describe('own records', () => {
  const clerk = actor('clerk', 'H1', 'p-clerk');
  it('lets a clerk read their own person record only', () => {
    expect(can(clerk, 'person.read', { orgNodeId: 'H1', ownerPersonId: 'p-clerk' })).toBe(true);
    expect(can(clerk, 'person.read', { orgNodeId: 'H1', ownerPersonId: 'p-other' })).toBe(false);
    expect(can(clerk, 'person.read', { orgNodeId: 'H1' })).toBe(false);
  });
});

describe('assignment', () => {
  const crossInspector = actor('district_supervisor', 'D2', 'p-cross');
  it('opens one object of another district to an assigned cross-inspector', () => {
    const inspection = { orgNodeId: 'H1', assigneeIds: ['p-cross'] };
    expect(can(crossInspector, 'inspection.perform', inspection)).toBe(true);
    expect(can(crossInspector, 'inspection.read', { orgNodeId: 'H1' })).toBe(false);
  });
  it('does not extend to actions an assignment cannot grant', () => {
    expect(can(crossInspector, 'notice.manage', { orgNodeId: 'H1', assigneeIds: ['p-cross'] })).toBe(false);
  });
});

describe('several roles', () => {
  const both: Actor = {
    ...actor('hall_manager', 'H1', 'p-x'),
    roles: [...actor('hall_manager', 'H1').roles, ...actor('trainer', 'C').roles],
  };
  it('combines the grants of each role with that role’s own scope', () => {
    expect(can(both, 'rectification.respond', { orgNodeId: 'H1' })).toBe(true);
    expect(can(both, 'rectification.respond', { orgNodeId: 'H3' })).toBe(false);
    expect(can(both, 'org.read', { orgNodeId: 'H3' })).toBe(true);
  });
});

describe('scopeOf', () => {
  it('lists the org nodes a district supervisor may see', () => {
    expect(scopeOf(actor('district_supervisor', 'D1'), 'inspection.read').orgNodeIds.sort()).toEqual([
      'D1',
      'H1',
      'H2',
    ]);
  });
  it('separates own-only reach from full reach', () => {
    expect(scopeOf(actor('clerk', 'H1'), 'person.read')).toEqual({ orgNodeIds: [], ownOrgNodeIds: ['H1'] });
  });
  it('is empty for an action the actor does not hold', () => {
    expect(scopeOf(actor('clerk', 'H1'), 'inspection.read')).toEqual({ orgNodeIds: [], ownOrgNodeIds: [] });
  });
});

describe('permissionsOf / canAnywhere', () => {
  it('lists what a hall manager may do, for the menu', () => {
    const permissions = permissionsOf(actor('hall_manager', 'H1'));
    expect(permissions).toContain('rectification.respond');
    expect(permissions).not.toContain('inspection.plan.edit');
  });
  it('answers whether an action is held anywhere', () => {
    expect(canAnywhere(actor('leader', 'C'), 'inspection.plan.approve')).toBe(true);
    expect(canAnywhere(actor('clerk', 'H1'), 'inspection.plan.approve')).toBe(false);
  });
});
