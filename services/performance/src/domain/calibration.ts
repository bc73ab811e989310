// 等级与校准's rules, free of I/O. A city grades by its bands alone, or by the bands held to its distribution
// guideline (强制分布): no more 优秀 than the guideline allows, no fewer 不合格 than it requires. A tie is never split:
// all tied at the 优秀 cut lose it together (at most), all tied at the 不合格 cut get it together (at least).
import type { DistributionGuideline, Grade, GradeBands, GradeMethod } from '@duda/contract-performance';
import { checkDistribution, gradeOf } from './grades.ts';

export interface Scored {
  id: string;
  score: number;
}

export function proposedGrades(
  people: readonly Scored[],
  bands: GradeBands,
  guideline: DistributionGuideline,
  method: GradeMethod,
): Map<string, Grade> {
  const grades = new Map(people.map((person) => [person.id, gradeOf(person.score, bands)]));
  if (method === 'BANDS') return grades;
  const check = checkDistribution([...grades.values()], guideline);

  if (check.excellentOver) {
    const excellent = people
      .filter((p) => grades.get(p.id) === 'EXCELLENT')
      .sort((a, b) => b.score - a.score);
    const firstOut = excellent[check.excellentAllowed]!.score;
    for (const person of excellent) if (person.score <= firstOut) grades.set(person.id, 'GOOD');
  }
  if (check.failUnder) {
    const others = people.filter((p) => grades.get(p.id) !== 'FAIL').sort((a, b) => a.score - b.score);
    const lastIn = others[Math.min(check.failRequired - check.fail, others.length) - 1]!.score;
    for (const person of others) if (person.score <= lastIn) grades.set(person.id, 'FAIL');
  }
  return grades;
}

/** How many of a group hold each grade, and the guideline's check over them (the calibration view's bar chart). */
export function distributionOf(grades: readonly Grade[], guideline: DistributionGuideline) {
  const count = (grade: Grade) => grades.filter((one) => one === grade).length;
  return {
    counts: { EXCELLENT: count('EXCELLENT'), GOOD: count('GOOD'), PASS: count('PASS'), FAIL: count('FAIL') },
    check: checkDistribution(grades, guideline),
  };
}
