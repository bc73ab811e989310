import { describe, expect, it } from 'vitest';
import {
  approvalInputs,
  EXTERNAL_APPROVAL_SUBJECTS,
  flowDefinitionSchema,
  MAX_ADDED_SIGNERS,
  type FlowDefinition,
} from './approvals.ts';
import { approvalsErrors } from './approvals-errors.ts';

const leaveFlow: FlowDefinition = {
  stages: [
    {
      steps: [
        { key: 'hall', name: '店面经理', approvers: [{ kind: 'role', role: 'hall_manager' }], mode: 'ANY' },
      ],
    },
    {
      steps: [
        {
          key: 'district',
          name: '区县督导',
          approvers: [{ kind: 'role', role: 'district_supervisor' }, { kind: 'picked' }],
          mode: 'RATIO',
          ratio: 0.5,
          deadlineHours: 24,
        },
        {
          key: 'leader',
          name: '主管领导',
          approvers: [{ kind: 'role', role: 'leader', level: 'city' }],
          mode: 'ALL',
        },
      ],
    },
  ],
};

const messagesOf = (value: unknown) =>
  flowDefinitionSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('approval flow definition', () => {
  it('takes sequential stages of parallel steps with roles, people and picked approvers', () => {
    expect(flowDefinitionSchema.parse(leaveFlow)).toEqual(leaveFlow);
  });

  it('refuses repeated keys, a ratio on the wrong mode and a leader without a level, naming each', () => {
    const [hall] = leaveFlow.stages[0]!.steps;
    const bad = {
      stages: [
        { steps: [hall, { ...hall, ratio: 0.3 }] },
        { steps: [{ ...hall!, key: 'x', mode: 'RATIO', approvers: [{ kind: 'role', role: 'leader' }] }] },
      ],
    };
    expect(messagesOf(bad)).toEqual([
      approvalsErrors.stepKeyRepeated.code,
      approvalsErrors.ratioOnlyForRatio.code,
      approvalsErrors.ratioOnlyForRatio.code,
      approvalsErrors.levelRequired.code,
    ]);
  });

  it('refuses an empty flow and a step key that is not a plain identifier', () => {
    expect(flowDefinitionSchema.safeParse({ stages: [] }).success).toBe(false);
    const step = { ...leaveFlow.stages[0]!.steps[0]!, key: '店面' };
    expect(messagesOf({ stages: [{ steps: [step] }] })).toEqual([approvalsErrors.stepKeyFormat.code]);
  });
});

describe('approval inputs', () => {
  const taskId = crypto.randomUUID();

  it('wants a comment to reject or return, none to approve', () => {
    expect(approvalInputs.act.safeParse({ action: 'APPROVE', taskId }).success).toBe(true);
    expect(approvalInputs.act.safeParse({ action: 'REJECT', taskId, comment: ' ' }).success).toBe(false);
    expect(approvalInputs.act.safeParse({ action: 'RETURN', taskId, comment: '补充材料' }).success).toBe(
      true,
    );
  });

  it('wants a delegation to end after it starts', () => {
    const deputy = { personId: crypto.randomUUID(), name: '张三' };
    const window = { deputy, from: '2026-12-01T00:00:00Z', to: '2026-11-30T00:00:00Z' };
    const refused = approvalInputs.delegationCreate.safeParse(window);
    expect(refused.error?.issues.map((i) => [i.message, i.path])).toEqual([
      [approvalsErrors.delegationWindow.code, ['to']],
    ]);
  });

  it('adds one to ten signers in one call', () => {
    const person = () => ({ personId: crypto.randomUUID(), name: '张三' });
    const add = (signers: unknown[]) =>
      approvalInputs.act.safeParse({ action: 'ADD_SIGNER', taskId, signers, position: 'AFTER' }).success;
    expect(add([])).toBe(false);
    expect(add([person(), person()])).toBe(true);
    expect(add(Array.from({ length: MAX_ADDED_SIGNERS + 1 }, person))).toBe(false);
  });

  it('starts approvals only for the subjects of other areas it lists', () => {
    const start = (subjectType: string) =>
      approvalInputs.start.safeParse({
        subjectType,
        subjectId: crypto.randomUUID(),
        title: '报废申请',
        orgNodeId: crypto.randomUUID(),
        flow: leaveFlow,
      }).success;
    expect(start('operations.device-retirement')).toBe(true);
    expect(start('submission')).toBe(false);
    expect(start('operations.anything')).toBe(false);
    expect(
      Object.values(EXTERNAL_APPROVAL_SUBJECTS).every((s) => s.permission.startsWith(`${s.area}.`)),
    ).toBe(true);
  });
});
