// Each pulled source's monthly figure for one person, and the records behind it (the evidence trail). Pure: the
// monthly run hands in what inspection and training answered. The rules, as the scorecard states them:
// - 营业厅检查得分: the mean total of the hall's scored inspections of the month (published mystery visits included);
//   none → no figure.
// - 整改率: accepted orders of the month's orders, in percent; a hall issued no order → 100 (nothing to rectify).
// - 超期整改单数: the month's orders that went overdue (held past the deadline, now or before being answered).
// - 考试成绩: the mean result (percent) of the month's written exams the person was a candidate of; a closed exam not
//   sat counts 0 (缺考); none → no figure.
// - 补考结果: the month's retakes the person did not pass (failed, or not sat once closed).
// A month without a figure earns nothing on that line; the line says so and the superior may adjust with a reason.
import type { Evidence, KpiSource } from '@duda/contract-performance';
import { round2 } from './points.ts';

export interface InspectionFigure {
  id: string;
  hallId: string;
  hallName: string;
  kind: string;
  inspectedOn: string;
  total: number | null;
}
export interface OrderFigure {
  id: string;
  hallId: string;
  inspectionId: string;
  itemTitle: string;
  status: string;
  overdue: boolean;
}
export interface ExamFigure {
  examId: string;
  examTitle: string;
  kind: string;
  closed: boolean;
  personId: string;
  attemptId: string | null;
  percent: number | null;
  passed: boolean | null;
}

/** The month's figures of a city, indexed for one person at a time. */
export interface MonthSources {
  inspectionsOf(hallId: string): readonly InspectionFigure[];
  ordersOf(hallId: string): readonly OrderFigure[];
  examsOf(personId: string): readonly ExamFigure[];
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const own = groups.get(key(row));
    if (own) own.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function monthSources(
  inspections: readonly InspectionFigure[],
  orders: readonly OrderFigure[],
  exams: readonly ExamFigure[],
): MonthSources {
  const byHall = groupBy(inspections, (row) => row.hallId);
  const ordersByHall = groupBy(orders, (row) => row.hallId);
  const byPerson = groupBy(exams, (row) => row.personId);
  return {
    inspectionsOf: (hallId) => byHall.get(hallId) ?? [],
    ordersOf: (hallId) => ordersByHall.get(hallId) ?? [],
    examsOf: (personId) => byPerson.get(personId) ?? [],
  };
}

const KIND_LABELS: Record<string, string> = {
  MONTHLY_VISIT: '月度明查',
  CROSS: '交叉检查',
  MYSTERY: '暗访',
  DAILY: '日常检查',
  SELF_CHECK: '自查',
};

const inspectionEvidence = (row: InspectionFigure): Evidence => ({
  kind: 'INSPECTION',
  id: row.id,
  title: `${row.hallName} ${row.inspectedOn} ${KIND_LABELS[row.kind] ?? row.kind}`,
  figure: row.total,
  link: `/inspection/inspections/${row.id}`,
});
const orderEvidence = (row: OrderFigure, figure: number): Evidence => ({
  kind: 'RECTIFICATION_ORDER',
  id: row.id,
  title: row.itemTitle,
  figure,
  link: `/inspection/rectifications?order=${row.id}`,
});
const attemptEvidence = (row: ExamFigure, figure: number | null): Evidence => ({
  kind: row.attemptId ? 'EXAM_ATTEMPT' : 'EXAM',
  id: row.attemptId ?? row.examId,
  title: row.attemptId ? row.examTitle : `${row.examTitle}（缺考）`,
  figure,
  link: row.attemptId ? `/training/results/${row.attemptId}` : null,
});

export interface SourcedFigure {
  value: number | null;
  evidence: Evidence[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : round2(values.reduce((sum, value) => sum + value, 0) / values.length);

/** The figure of a pulled source for a person of a hall; null for a source performance keeps itself. */
export function pulledFigure(
  source: KpiSource,
  sources: MonthSources,
  person: { id: string; hallId: string },
): SourcedFigure | null {
  switch (source) {
    case 'HALL_INSPECTION_SCORE': {
      const scored = sources.inspectionsOf(person.hallId).filter((row) => row.total !== null);
      return { value: mean(scored.map((row) => row.total!)), evidence: scored.map(inspectionEvidence) };
    }
    case 'RECTIFICATION_RATE': {
      const orders = sources.ordersOf(person.hallId);
      const closed = orders.filter((row) => row.status === 'ACCEPTED').length;
      return {
        value: orders.length === 0 ? 100 : round2((100 * closed) / orders.length),
        evidence: orders.map((row) => orderEvidence(row, row.status === 'ACCEPTED' ? 1 : 0)),
      };
    }
    case 'RECTIFICATION_OVERDUE': {
      const overdue = sources.ordersOf(person.hallId).filter((row) => row.overdue);
      return { value: overdue.length, evidence: overdue.map((row) => orderEvidence(row, 1)) };
    }
    case 'EXAM_SCORE': {
      const counted = sources
        .examsOf(person.id)
        .filter((row) => row.kind !== 'RETAKE' && (row.percent !== null || row.closed));
      const results = counted.map((row) => row.percent ?? 0);
      return { value: mean(results), evidence: counted.map((row) => attemptEvidence(row, row.percent ?? 0)) };
    }
    case 'EXAM_RETAKE': {
      const missed = sources
        .examsOf(person.id)
        .filter(
          (row) => row.kind === 'RETAKE' && (row.passed === false || (row.passed === null && row.closed)),
        );
      return { value: missed.length, evidence: missed.map((row) => attemptEvidence(row, row.percent)) };
    }
    default:
      return null;
  }
}
