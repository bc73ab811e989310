// Turns validated item results into the inspection score (检查得分).
//
// Policy:
// - An item earns weight × share: PASS = 1, FAIL = 0, POINTS = points / maxPoints. N/A items leave both the
//   numerator and the denominator, and the total is normalised to 0–100 over what was applicable.
// - A "problem" (问题项) is a FAIL or any POINTS result below the maximum: every lost point is something the
//   hall can fix, and each problem raises a rectification order.
// - A failed one-vote-veto item (一票否决) fails the inspection whatever the total.
// - Totals and subtotals are rounded half up to one decimal; pass/fail compares the rounded total so the
//   figure the hall sees is the one that decided.
// - An inspection with nothing scorable (every weighted item N/A) has no meaningful score and is refused.
import { inspectionErrors } from '../errors.ts';
import { roundScore, percentage } from './numbers.ts';
import { validateSubmission } from './result-validation.ts';
import type { Severity } from '../enums.ts';
import type { ChecklistItem, ChecklistTemplate, ItemOutcome, ItemResult } from './types.ts';

/** OK: full marks; PROBLEM: needs rectification; NA: not applicable. */
export type ItemJudgement = 'OK' | 'PROBLEM' | 'NA';

export function judgeOutcome(item: ChecklistItem, outcome: ItemOutcome): ItemJudgement {
  if (outcome === 'NA') return 'NA';
  if (item.scoringMode === 'PASS_FAIL') return outcome === 'PASS' ? 'OK' : 'PROBLEM';
  return outcome === item.maxPoints ? 'OK' : 'PROBLEM';
}

/** The result that passes the item in full (合格, or its full points): what "the rest passes" gives an item. */
export const passingOutcome = (item: ChecklistItem): ItemOutcome =>
  item.scoringMode === 'POINTS' ? (item.maxPoints ?? 1) : 'PASS';

function earnedShare(item: ChecklistItem, outcome: Exclude<ItemOutcome, 'NA'>): number {
  if (typeof outcome === 'number') return outcome / (item.maxPoints ?? 1);
  return outcome === 'PASS' ? 1 : 0;
}

export interface SectionScore {
  code: string;
  name: string;
  earned: number;
  possible: number;
  /** null when nothing in the section was applicable (or the section is empty). */
  percentage: number | null;
  itemCount: number;
  notApplicableCount: number;
  problemCount: number;
}

/** A problem found during the inspection, with what a rectification order needs. */
export interface ProblemItem {
  itemCode: string;
  itemTitle: string;
  sectionCode: string;
  sectionName: string;
  severity: Severity;
  veto: boolean;
  photoRequired: boolean;
  outcome: 'FAIL' | number;
  maxPoints: number | null;
  /** Points of the 100-point total the problem cost (扣分). */
  pointsLost: number;
  note: string | null;
  photoIds: readonly string[];
}

export interface InspectionScore {
  /** 0–100, one decimal. */
  total: number;
  passLine: number;
  passed: boolean;
  vetoed: boolean;
  vetoedItemCodes: string[];
  sections: SectionScore[];
  problems: ProblemItem[];
  itemCount: number;
  notApplicableCount: number;
}

export function scoreInspection(
  template: ChecklistTemplate,
  results: readonly ItemResult[],
): InspectionScore {
  const byCode = validateSubmission(template, results);
  const possibleTotal = template.sections
    .flatMap((section) => section.items)
    .filter((item) => byCode.get(item.code)?.outcome !== 'NA')
    .reduce((sum, item) => sum + item.weight, 0);
  if (possibleTotal === 0) {
    throw inspectionErrors.noScorableItems({}, 'results');
  }

  let earnedTotal = 0;
  let notApplicableCount = 0;
  const sections: SectionScore[] = [];
  const problems: ProblemItem[] = [];
  for (const section of template.sections) {
    const subtotal = { earned: 0, possible: 0, notApplicable: 0, problems: 0 };
    for (const item of section.items) {
      // validateSubmission guarantees one result per item.
      const result = byCode.get(item.code) as ItemResult;
      const { outcome } = result;
      if (outcome === 'NA') {
        subtotal.notApplicable += 1;
        continue;
      }
      const earned = item.weight * earnedShare(item, outcome);
      subtotal.earned += earned;
      subtotal.possible += item.weight;
      if (judgeOutcome(item, outcome) === 'PROBLEM') {
        subtotal.problems += 1;
        problems.push({
          itemCode: item.code,
          itemTitle: item.title,
          sectionCode: section.code,
          sectionName: section.name,
          severity: item.severity,
          veto: item.veto,
          photoRequired: item.photoRequired,
          outcome: typeof outcome === 'number' ? outcome : 'FAIL',
          maxPoints: item.maxPoints,
          pointsLost: roundScore(((item.weight - earned) / possibleTotal) * 100),
          note: result.note?.trim() || null,
          photoIds: result.photoIds ?? [],
        });
      }
    }
    earnedTotal += subtotal.earned;
    notApplicableCount += subtotal.notApplicable;
    sections.push({
      code: section.code,
      name: section.name,
      earned: roundScore(subtotal.earned),
      possible: roundScore(subtotal.possible),
      percentage: percentage(subtotal.earned, subtotal.possible),
      itemCount: section.items.length,
      notApplicableCount: subtotal.notApplicable,
      problemCount: subtotal.problems,
    });
  }

  const total = roundScore((earnedTotal / possibleTotal) * 100);
  const vetoedItemCodes = problems.filter((problem) => problem.veto).map((problem) => problem.itemCode);
  const vetoed = vetoedItemCodes.length > 0;
  return {
    total,
    passLine: template.passLine,
    passed: !vetoed && total >= template.passLine,
    vetoed,
    vetoedItemCodes,
    sections,
    problems,
    itemCount: byCode.size,
    notApplicableCount,
  };
}
