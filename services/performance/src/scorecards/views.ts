// What a scorecard reads as: its lines with figure, points and evidence; totals, grade and adjustments only for
// those who may see them yet (the person after the superior's assessment).
import type { Evidence, KpiRule } from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { totalsVisible } from './access.ts';

interface CardRow {
  id: string;
  month: string;
  personId: string;
  personName: string;
  staffNo: string;
  role: string;
  hallId: string;
  hallName: string;
  districtName: string | null;
  status: string;
  computed: number;
  adjustmentTotal: number;
  final: number;
  grade: string;
  calibratedGrade?: string | null;
  computedAt: Date;
}

export function cardSummary(ctx: Ctx, row: CardRow) {
  const visible = totalsVisible(ctx, row);
  return {
    id: row.id,
    month: row.month,
    personId: row.personId,
    personName: row.personName,
    staffNo: row.staffNo,
    role: row.role,
    hallId: row.hallId,
    hallName: row.hallName,
    districtName: row.districtName,
    status: row.status,
    computedAt: row.computedAt,
    computed: visible ? row.computed : null,
    adjustmentTotal: visible ? row.adjustmentTotal : null,
    final: visible ? row.final : null,
    // The district's calibration (校准) has the last word on the grade once it moved or locked it.
    grade: visible ? (row.calibratedGrade ?? row.grade) : null,
  };
}

/** The areas' records a person's role may not read, which their own scorecard cites: each opens with a grant. */
const GRANTED: Partial<Record<Evidence['kind'], string>> = {
  INSPECTION: 'inspection.inspection',
  RECTIFICATION_ORDER: 'inspection.rectification',
};

const withGrant = (evidence: Evidence, personId: string, grant: PerformanceDeps['evidenceGrant']) =>
  GRANTED[evidence.kind] && evidence.link
    ? { ...evidence, grant: grant(`${GRANTED[evidence.kind]}:${evidence.id}`, personId) }
    : evidence;

export function cardDetail(
  ctx: Ctx,
  grant: PerformanceDeps['evidenceGrant'],
  row: CardRow & {
    selfComment: string | null;
    selfAssessedAt: Date | null;
    assessorName: string | null;
    assessorComment: string | null;
    assessedAt: Date | null;
    lines: {
      kpiId: string;
      kpiName: string;
      unit: string;
      source: string;
      weight: number;
      direction: string;
      target: number;
      rule: unknown;
      value: number | null;
      points: number;
      evidence: unknown;
      enteredByName: string | null;
      comment: string | null;
    }[];
    adjustments: { id: string; points: number; reason: string; byName: string; createdAt: Date }[];
  },
) {
  const visible = totalsVisible(ctx, row);
  const own = ctx.actor.personId === row.personId;
  return {
    ...cardSummary(ctx, row),
    selfComment: row.selfComment,
    selfAssessedAt: row.selfAssessedAt,
    assessorName: row.assessorName,
    assessorComment: visible ? row.assessorComment : null,
    assessedAt: row.assessedAt,
    lines: row.lines.map((line) => ({
      ...line,
      rule: line.rule as KpiRule,
      evidence: own
        ? (line.evidence as Evidence[]).map((evidence) => withGrant(evidence, row.personId, grant))
        : (line.evidence as Evidence[]),
      points: visible ? line.points : null,
      // The superior's word on an entered figure is part of the assessment: shown with it, as the comment is.
      comment: visible ? line.comment : null,
    })),
    adjustments: visible ? row.adjustments : [],
  };
}
