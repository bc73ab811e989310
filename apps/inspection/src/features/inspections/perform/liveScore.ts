// The running score while the inspection is being filled in, computed by the service's own scoring rules
// (scoreInspection) so the figure on the phone is the figure the hall will get on submission.
import { judgeOutcome, scoreInspection } from '@duda/contract-inspection';
import type { ChecklistSection, ChecklistTemplate, SectionScore } from '@duda/contract-inspection';
import type { Answers } from './inspectionForm.ts';
import { answerOf } from './inspectionForm.ts';

/** The template version an inspection was started on, as `inspections.get` returns it. */
export interface InspectionTemplate {
  id: string;
  name: string;
  version: number;
  passLine: number;
  sections: readonly ChecklistSection[];
}

export interface LiveScore {
  /** 0–100 over the items judged so far; null while nothing scorable is judged. */
  total: number | null;
  passLine: number;
  /** A one-vote-veto item (一票否决) has failed. */
  vetoed: boolean;
  problemCount: number;
  sections: SectionScore[];
}

/**
 * The template cut down to what has been judged: scoring normalises over the applicable items, so the
 * total is "so far". Photos are checked separately before submission, so they do not block a running score.
 */
function judgedTemplate(template: InspectionTemplate, answers: Answers): ChecklistTemplate {
  return {
    // scoreInspection reads only the content below; the lineage fields are fixed because they do not matter here.
    id: template.id,
    cityId: '',
    kind: 'STANDARD',
    status: 'PUBLISHED',
    publishedAt: null,
    name: template.name,
    version: template.version,
    passLine: template.passLine,
    sections: template.sections.map((section) => ({
      ...section,
      items: section.items
        .filter((item) => answerOf(answers, item.code).outcome !== null)
        .map((item) => ({ ...item, photoRequired: false })),
    })),
  };
}

export function liveScore(template: InspectionTemplate, answers: Answers): LiveScore {
  const judged = judgedTemplate(template, answers);
  const results = judged.sections.flatMap((section) =>
    section.items.map((item) => ({ itemCode: item.code, outcome: answerOf(answers, item.code).outcome! })),
  );
  const scorable = judged.sections
    .flatMap((section) => section.items)
    .some((item) => item.weight > 0 && answerOf(answers, item.code).outcome !== 'NA');
  if (!scorable) {
    // Nothing to normalise over yet (scoreInspection refuses that), but a failed veto item already decides.
    const problems = judged.sections
      .flatMap((section) => section.items)
      .filter((item) => judgeOutcome(item, answerOf(answers, item.code).outcome!) === 'PROBLEM');
    return {
      total: null,
      passLine: template.passLine,
      vetoed: problems.some((item) => item.veto),
      problemCount: problems.length,
      sections: [],
    };
  }
  const score = scoreInspection(judged, results);
  return {
    total: score.total,
    passLine: score.passLine,
    vetoed: score.vetoed,
    problemCount: score.problems.length,
    sections: score.sections,
  };
}
