import { describe, expect, it } from 'vitest';
import { returnTargets, type FlowStepView } from './returnTargets.ts';

const flow: FlowStepView[] = [
  { key: 'duty', name: '值班经理审核', stageIndex: 0 },
  { key: 'hall', name: '店面经理审批', stageIndex: 1 },
  { key: 'hr', name: '人力资源备案', stageIndex: 1 },
  { key: 'district', name: '区县督导审批', stageIndex: 2 },
];
const keys = (stageIndex: number) => returnTargets(flow, stageIndex).steps.map((step) => step.key);

describe('returnTargets', () => {
  it.each([
    [0, [], null],
    [1, ['duty'], 'duty'],
    [2, ['hall', 'hr', 'duty'], 'hall'],
  ])('on stage %i offers %j, the previous stage first (%s)', (stageIndex, expected, preferred) => {
    expect(keys(stageIndex)).toEqual(expected);
    expect(returnTargets(flow, stageIndex).preferred).toBe(preferred);
  });
});
