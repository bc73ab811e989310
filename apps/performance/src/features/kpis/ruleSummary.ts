// A scoring rule in words (the KPI list, the scorecard's lines): `下限 60分 得 0 分，目标 95分 得满分…`.
import type { KpiDirection, KpiRule } from '@duda/contract-performance';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export function ruleSummary(
  kpi: { rule: KpiRule; unit: string; target: number; direction: KpiDirection },
  t: Translate,
): string {
  const { rule, unit } = kpi;
  const key = (name: string) => `performance.kpis.rule.${name}`;
  switch (rule.kind) {
    case 'LINEAR':
      return t(key('LINEAR'), { floor: rule.floor, target: kpi.target, unit });
    case 'STEPS': {
      const op = kpi.direction === 'HIGHER' ? '≥' : '≤';
      const steps = rule.steps.map((step) => t(key('step'), { op, unit, ...step })).join('；');
      return t(key('STEPS'), { steps });
    }
    case 'DEDUCTION':
      return t(key('DEDUCTION'), { perUnit: rule.perUnit, cap: rule.cap, unit });
    case 'MANUAL':
      return t(key('MANUAL'));
  }
}
