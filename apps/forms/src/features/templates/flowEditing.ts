// The approval-flow editor's edits (审批流程): stages run one after the other, a stage's steps at once (并行).
// Each edit returns a new flow; `flowProblems` checks it with the contract's own schema before it is saved.
import {
  flowDefinitionSchema,
  type Approver,
  type FlowDefinition,
  type FlowStep,
} from '@duda/contract-forms';

/** `step_3`: the first number no step of the flow uses (a step key is kept with each decision). */
export function newStepKey(flow: FlowDefinition | null): string {
  const used = new Set(flow?.stages.flatMap((stage) => stage.steps.map((step) => step.key)) ?? []);
  let n = 1;
  while (used.has(`step_${n}`)) n += 1;
  return `step_${n}`;
}

export const blankStep = (key: string, name: string): FlowStep => ({
  key,
  name,
  approvers: [{ kind: 'role', role: 'hall_manager' }],
  mode: 'ANY',
});

const withStages = (flow: FlowDefinition, stages: FlowDefinition['stages']): FlowDefinition => ({
  ...flow,
  stages,
});

/** A new stage at the end, with one step (a flow starts with its first stage). */
export function addStage(flow: FlowDefinition | null, stepName: string): FlowDefinition {
  const step = blankStep(newStepKey(flow), stepName);
  return { stages: [...(flow?.stages ?? []), { steps: [step] }] };
}

/** Another step run at the same time as the stage's others. */
export function addStep(flow: FlowDefinition, stage: number, stepName: string): FlowDefinition {
  const step = blankStep(newStepKey(flow), stepName);
  return withStages(
    flow,
    flow.stages.map((s, i) => (i === stage ? { steps: [...s.steps, step] } : s)),
  );
}

/** Removes a step; a stage left without steps goes too, and a flow without stages is no flow (null). */
export function removeStep(flow: FlowDefinition, stage: number, step: number): FlowDefinition | null {
  const stages = flow.stages
    .map((s, i) => (i === stage ? { steps: s.steps.filter((_, j) => j !== step) } : s))
    .filter((s) => s.steps.length > 0);
  return stages.length > 0 ? withStages(flow, stages) : null;
}

export function moveStage(flow: FlowDefinition, stage: number, by: -1 | 1): FlowDefinition {
  const to = stage + by;
  if (to < 0 || to >= flow.stages.length) return flow;
  const stages = [...flow.stages];
  [stages[stage], stages[to]] = [stages[to]!, stages[stage]!];
  return withStages(flow, stages);
}

/** Changes one step; a ratio is kept only for 按比例 and given a half when the mode becomes it. */
export function updateStep(
  flow: FlowDefinition,
  stage: number,
  step: number,
  change: Partial<FlowStep>,
): FlowDefinition {
  const apply = (current: FlowStep): FlowStep => {
    const next = { ...current, ...change };
    if (next.mode === 'RATIO') return { ...next, ratio: next.ratio ?? 0.5 };
    const { ratio: _dropped, ...rest } = next;
    return rest;
  };
  return withStages(
    flow,
    flow.stages.map((s, i) =>
      i === stage ? { steps: s.steps.map((st, j) => (j === step ? apply(st) : st)) } : s,
    ),
  );
}

/** An approver of a new kind, with what that kind needs to start from. */
export function approverOfKind(kind: Approver['kind']): Approver {
  if (kind === 'role') return { kind: 'role', role: 'hall_manager' };
  if (kind === 'person') return { kind: 'person', personId: '', name: '' };
  return { kind: 'picked' };
}

export interface FlowProblem {
  /** `stages.0.steps.1.ratio` */
  path: string;
  /** An error code of the contract's catalogs, or zod's own message. */
  code: string;
}

/** What the contract's schema refuses in the flow, by path; none for no flow at all. */
export function flowProblems(flow: FlowDefinition | null): FlowProblem[] {
  if (!flow) return [];
  const checked = flowDefinitionSchema.safeParse(flow);
  return checked.success
    ? []
    : checked.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.message }));
}
