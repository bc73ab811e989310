import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '@duda/contract-forms';
import { resolveFlow } from './resolve-flow.ts';
import { line, people, ref } from './test-support.ts';

const flow = (approvers: FlowDefinition['stages'][number]['steps'][number]['approvers']): FlowDefinition => ({
  stages: [{ steps: [{ key: 'one', name: '审批', approvers, mode: 'ALL' }] }],
});

describe('resolving a flow for a submitter', () => {
  it('finds each role on the submitter’s own line, at the level the role sits or the step names', () => {
    const resolved = resolveFlow(
      flow([
        { kind: 'role', role: 'hall_manager' },
        { kind: 'role', role: 'district_supervisor' },
        { kind: 'role', role: 'leader', level: 'city' },
        { kind: 'role', role: 'hall_manager' },
      ]),
      line,
      {},
    );
    expect(resolved.ok && resolved.flow.stages[0]!.steps[0]!.assignees).toEqual([
      { kind: 'role', role: 'hall_manager', level: 'hall', orgNodeId: 'hall-hubin', orgName: '湖滨营业厅' },
      {
        kind: 'role',
        role: 'district_supervisor',
        level: 'district',
        orgNodeId: 'district-sc',
        orgName: '上城区分公司',
      },
      { kind: 'role', role: 'leader', level: 'city', orgNodeId: 'city-hz', orgName: '杭州分公司' },
    ]);
  });

  it('takes the person the submitter picked, and refuses when none was picked', () => {
    const picked = resolveFlow(flow([{ kind: 'picked' }]), line, { one: ref(people.a) });
    expect(picked.ok && picked.flow.stages[0]!.steps[0]!.assignees).toEqual([
      { kind: 'person', ...ref(people.a) },
    ]);
    expect(resolveFlow(flow([{ kind: 'picked' }]), line, {})).toEqual({
      ok: false,
      refusal: 'pickedApproverMissing',
      step: '审批',
    });
  });

  it('refuses a role the submitter’s line has no level for (a district office has no hall manager)', () => {
    const districtLine = { district: line.district, city: line.city };
    expect(resolveFlow(flow([{ kind: 'role', role: 'hall_manager' }]), districtLine, {})).toEqual({
      ok: false,
      refusal: 'approverUnresolvable',
      step: '审批',
    });
  });
});
