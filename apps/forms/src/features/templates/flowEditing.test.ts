import { describe, expect, it } from 'vitest';
import {
  addStage,
  addStep,
  approverOfKind,
  flowProblems,
  moveStage,
  newStepKey,
  removeStep,
  updateStep,
} from './flowEditing.ts';

describe('the approval-flow edits', () => {
  it('builds stages of parallel steps, each with a key no other step has', () => {
    let flow = addStage(null, '店长审批');
    flow = addStage(flow, '区县审批');
    flow = addStep(flow, 1, '人力备案');
    expect(flow.stages.map((stage) => stage.steps.map((step) => step.key))).toEqual([
      ['step_1'],
      ['step_2', 'step_3'],
    ]);
    expect(newStepKey(flow)).toBe('step_4');
    expect(flowProblems(flow)).toEqual([]);
  });

  it('keeps a ratio only for 按比例, starting at a half', () => {
    const flow = addStage(null, '会签');
    const ratio = updateStep(flow, 0, 0, { mode: 'RATIO' });
    expect(ratio.stages[0]!.steps[0]).toMatchObject({ mode: 'RATIO', ratio: 0.5 });
    const all = updateStep(ratio, 0, 0, { mode: 'ALL' });
    expect(all.stages[0]!.steps[0]).not.toHaveProperty('ratio');
    expect(flowProblems(all)).toEqual([]);
  });

  it('orders stages, and drops a stage left without steps (no stage left: no flow)', () => {
    let flow = addStage(addStage(null, 'a'), 'b');
    flow = moveStage(flow, 1, -1);
    expect(flow.stages.map((stage) => stage.steps[0]!.name)).toEqual(['b', 'a']);
    expect(moveStage(flow, 0, -1)).toBe(flow);
    const one = removeStep(flow, 0, 0)!;
    expect(one.stages.map((stage) => stage.steps[0]!.name)).toEqual(['a']);
    expect(removeStep(one, 0, 0)).toBeNull();
  });

  it('reports what the contract refuses by path: a leader without a level, a person not chosen', () => {
    let flow = addStage(null, '领导审批');
    flow = updateStep(flow, 0, 0, { approvers: [{ kind: 'role', role: 'leader' }], deadlineHours: 24 });
    expect(flowProblems(flow)).toEqual([
      { path: 'stages.0.steps.0.approvers', code: 'forms.approvals.levelRequired' },
    ]);
    flow = updateStep(flow, 0, 0, { approvers: [approverOfKind('person')] });
    expect(flowProblems(flow).map((problem) => problem.path)).toContain(
      'stages.0.steps.0.approvers.0.personId',
    );
  });
});
