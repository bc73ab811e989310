// Grades by score bands (a city setting), and the distribution guideline's check over a group's grades.
import type { DistributionGuideline, Grade, GradeBands } from '@duda/contract-performance';

export function gradeOf(score: number, bands: GradeBands): Grade {
  if (score >= bands.excellent) return 'EXCELLENT';
  if (score >= bands.good) return 'GOOD';
  if (score >= bands.pass) return 'PASS';
  return 'FAIL';
}

export interface DistributionCheck {
  total: number;
  excellent: number;
  fail: number;
  /** 优秀 allowed: the guideline's share of the group, rounded down (20% of 7 people is 1). */
  excellentAllowed: number;
  /** 不合格 expected at least: the guideline's share, rounded up (5% of 7 people is 1). */
  failRequired: number;
  excellentOver: boolean;
  failUnder: boolean;
}

export function checkDistribution(
  grades: readonly Grade[],
  guideline: DistributionGuideline,
): DistributionCheck {
  const total = grades.length;
  const excellent = grades.filter((grade) => grade === 'EXCELLENT').length;
  const fail = grades.filter((grade) => grade === 'FAIL').length;
  const excellentAllowed = Math.floor((total * guideline.excellentMax) / 100 + 1e-9);
  const failRequired = Math.ceil((total * guideline.failMin) / 100 - 1e-9);
  return {
    total,
    excellent,
    fail,
    excellentAllowed,
    failRequired,
    excellentOver: excellent > excellentAllowed,
    failUnder: fail < failRequired,
  };
}
