import { describe, expect, it } from 'vitest';
import { idsFor } from './known-ids.ts';

const byTable = new Map([
  ['OrgNode', ['node']],
  ['OrgNodeMove', ['move']],
  ['Person', ['person']],
  ['RoleAssignment', ['role']],
  ['ChecklistTemplate', ['template']],
  ['InspectionPlan', ['plan']],
  ['PlanEntry', ['entry']],
  ['Inspection', ['inspection']],
  ['RectificationOrder', ['order']],
  ['RectificationEvent', ['event']],
]);

describe('the ids a uuid field names', () => {
  it.each([
    ['inspection.plans.saveEntries', ['entries', '*', 'templateId'], ['template']],
    ['inspection.inspections.start', ['planEntryId'], ['entry']],
    ['inspection.inspections.start', ['hallId'], ['node']],
    ['inspection.plans.create', ['scopeOrgId'], ['node']],
    ['org.admin.moveNode', ['newParentId'], ['node']],
    ['inspection.plans.saveEntries', ['entries', '*', 'inspectorIds', '*'], ['person']],
    ['inspection.plans.get', ['id'], ['plan']],
    ['inspection.inspections.get', ['id'], ['inspection']],
    ['inspection.rectifications.accept', ['id'], ['order', 'event']],
    ['org.people.byIds', ['ids', '*'], ['person']],
    ['org.admin.revokeRole', ['id'], ['role']],
    ['org.admin.updatePerson', ['id'], ['person']],
    ['org.node', ['id'], ['node']],
  ])('%s %j → %j', (procedure, field, expected) => {
    expect(idsFor(byTable, procedure, field)).toEqual(expected);
  });

  it('offers every id when no name matches', () => {
    expect(idsFor(byTable, 'exams.sessions.get', ['id'])).toHaveLength(byTable.size);
  });
});
