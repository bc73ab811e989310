// The KPI editor's draft: what the form edits, the input the service takes, and the sample figures its preview
// scores with the contract's own rule (the points a line would earn), so the supervisor sees the rule at work.
import {
  pointsOf,
  type KpiDirection,
  type KpiRule,
  type KpiRuleKind,
  type KpiSource,
} from '@duda/contract-performance';

export interface KpiDraft {
  name: string;
  definition: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  source: KpiSource;
  kind: KpiRuleKind;
  floor: number;
  steps: { threshold: number; share: number }[];
  perUnit: number;
  cap: number;
}

export const emptyKpi = (): KpiDraft => ({
  name: '',
  definition: '',
  unit: '分',
  direction: 'HIGHER',
  target: 100,
  source: 'HALL_INSPECTION_SCORE',
  kind: 'LINEAR',
  floor: 60,
  steps: [{ threshold: 90, share: 100 }],
  perUnit: 2,
  cap: 10,
});

export function draftOf(kpi: {
  name: string;
  definition: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  source: KpiSource;
  rule: KpiRule;
}): KpiDraft {
  const draft: KpiDraft = { ...emptyKpi(), ...kpi, kind: kpi.rule.kind };
  if (kpi.rule.kind === 'LINEAR') draft.floor = kpi.rule.floor;
  if (kpi.rule.kind === 'STEPS') draft.steps = kpi.rule.steps.map((step) => ({ ...step }));
  if (kpi.rule.kind === 'DEDUCTION') Object.assign(draft, { perUnit: kpi.rule.perUnit, cap: kpi.rule.cap });
  return draft;
}

export function ruleOf(draft: KpiDraft): KpiRule {
  switch (draft.kind) {
    case 'LINEAR':
      return { kind: 'LINEAR', floor: draft.floor };
    case 'STEPS':
      return { kind: 'STEPS', steps: draft.steps.map((step) => ({ ...step })) };
    case 'DEDUCTION':
      return { kind: 'DEDUCTION', perUnit: draft.perUnit, cap: draft.cap };
    case 'MANUAL':
      return { kind: 'MANUAL' };
  }
}

export const inputOf = (draft: KpiDraft) => ({
  name: draft.name,
  definition: draft.definition,
  unit: draft.unit,
  direction: draft.direction,
  target: draft.target,
  source: draft.source,
  rule: ruleOf(draft),
});

const distinctSorted = (values: number[], direction: KpiDirection) =>
  [...new Set(values.map((value) => Math.round(value * 100) / 100))].sort((a, b) =>
    direction === 'HIGHER' ? a - b : b - a,
  );

/** Figures that show the rule's shape: around the floor and target, each step, each unit up to the cap. */
export function sampleFigures(draft: KpiDraft): number[] {
  switch (draft.kind) {
    case 'LINEAR': {
      const span = draft.target - draft.floor;
      return distinctSorted(
        [draft.floor - span / 4, draft.floor, draft.floor + span / 2, draft.target, draft.target + span / 4],
        draft.direction,
      );
    }
    case 'STEPS': {
      const thresholds = draft.steps.map((step) => step.threshold);
      if (thresholds.length === 0) return [];
      const lowest = draft.direction === 'HIGHER' ? Math.min(...thresholds) : Math.max(...thresholds);
      const below = draft.direction === 'HIGHER' ? lowest - 1 : lowest + 1;
      return distinctSorted([below, ...thresholds], draft.direction);
    }
    case 'DEDUCTION': {
      if (!(draft.perUnit > 0) || !(draft.cap > 0)) return [];
      const units = Math.min(Math.ceil(draft.cap / draft.perUnit) + 1, 8);
      return Array.from({ length: units + 1 }, (_, count) => count);
    }
    case 'MANUAL':
      return [];
  }
}

/** Each sample figure with the points it earns out of `weight`. */
export function preview(draft: KpiDraft, weight: number): { figure: number; points: number }[] {
  const kpi = { weight, direction: draft.direction, target: draft.target, rule: ruleOf(draft) };
  return sampleFigures(draft).map((figure) => ({ figure, points: pointsOf(kpi, figure) }));
}
