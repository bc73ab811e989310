// What makes a rule, a scheme or the grade settings unable to score, refused with the area's typed errors before
// anything is written.
import {
  scoringErrors,
  type DistributionGuideline,
  type GradeBands,
  type KpiDirection,
  type KpiRule,
} from '@duda/contract-performance';

/** A rule must be able to score in the KPI's direction: the floor lies on the wrong side of the target otherwise. */
export function checkRule(direction: KpiDirection, target: number, rule: KpiRule): void {
  switch (rule.kind) {
    case 'LINEAR':
      if (direction === 'HIGHER' && rule.floor >= target)
        throw scoringErrors.floorAboveTarget({ floor: rule.floor, target });
      if (direction === 'LOWER' && rule.floor <= target)
        throw scoringErrors.floorBelowTarget({ floor: rule.floor, target });
      return;
    case 'STEPS': {
      if (rule.steps.length === 0) throw scoringErrors.stepsEmpty();
      const seen = new Set<number>();
      for (const step of rule.steps) {
        if (step.share < 0 || step.share > 100) throw scoringErrors.stepShare();
        if (seen.has(step.threshold)) throw scoringErrors.stepsRepeated({ threshold: step.threshold });
        seen.add(step.threshold);
      }
      return;
    }
    case 'DEDUCTION':
      if (rule.perUnit <= 0) throw scoringErrors.deductionPerUnit();
      if (rule.cap <= 0) throw scoringErrors.deductionCap();
      return;
    case 'MANUAL':
      return;
  }
}

/** A scheme's KPIs: each once, weights adding up to exactly 100 (whole points, so no rounding hides a gap). */
export function checkWeights(lines: readonly { kpiId: string; weight: number }[]): void {
  if (new Set(lines.map((line) => line.kpiId)).size !== lines.length) throw scoringErrors.duplicateKpi();
  const sum = lines.reduce((total, line) => total + line.weight, 0);
  if (sum !== 100) throw scoringErrors.weightsNot100({ sum });
}

export function checkGradeBands(bands: GradeBands): void {
  if (!(bands.pass >= 0 && bands.pass < bands.good && bands.good < bands.excellent && bands.excellent <= 100))
    throw scoringErrors.gradeBands();
}

export function checkGuideline(guideline: DistributionGuideline): void {
  const inRange = (share: number) => share >= 0 && share <= 100;
  if (!inRange(guideline.excellentMax) || !inRange(guideline.failMin))
    throw scoringErrors.distributionShares();
  if (guideline.excellentMax + guideline.failMin > 100) throw scoringErrors.distributionShares();
}

/** A manual figure is points out of the weight. */
export function checkManualPoints(weight: number, points: number): void {
  if (points < 0 || points > weight) throw scoringErrors.manualOutOfRange({ weight });
}
