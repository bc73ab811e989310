// What a hall monthly report (表2) is prefilled with: the areas' answers for the hall and month turned into
// figures and listed items, each kept with the page of its area that shows it. A source that did not answer is
// marked unavailable and adds nothing; the others still fill. Pure: the answers come in, the prefill goes out.
import type { ReportFigure, ReportItem, ReportPrefill, ReportSource } from '@duda/contract-portal';

/** inspection.figures.month, as far as the report reads it. */
export interface InspectionAnswer {
  inspections: {
    id: string;
    hallId: string;
    kind: string;
    inspectedOn: string;
    total: number | null;
    vetoed: boolean | null;
  }[];
  orders: { id: string; hallId: string; closedAt: Date | string | null; overdue: boolean }[];
}
/** inspection.shortStaves. */
export type ShortStavesAnswer = { itemCode: string; itemTitle: string; inspected: number; failed: number }[];
/** training.figures.month. */
export interface TrainingAnswer {
  results: {
    examId: string;
    examTitle: string;
    personId: string;
    percent: number | null;
    passed: boolean | null;
  }[];
}
/** forms.complaints.counts. */
export interface ComplaintsAnswer {
  halls: { hallId: string; total: number; closed: number; escalated: number }[];
}

/** inspection.queue.month: the hall's month of queue readings in figures (排队情况), on the China calendar. */
export interface QueueAnswer {
  readings: number;
  warnings: number;
  maxWaiting: number | null;
}

/** operations.figures.month: the hall's equipment figures (设施与设备). */
export interface EquipmentAnswer {
  halls: { orgNodeId: string; faults: number; selfServiceAvailability: number | null }[];
}

export interface Answers {
  inspection: InspectionAnswer | null;
  shortStaves: ShortStavesAnswer | null;
  training: TrainingAnswer | null;
  complaints: ComplaintsAnswer | null;
  queue: QueueAnswer | null;
  equipment: EquipmentAnswer | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: number[]) =>
  values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null;

export function prefillOf(hallId: string, month: string, answers: Answers): ReportPrefill {
  const figures: ReportFigure[] = [];
  const figure = (key: string, value: number | null, area: string, link: string) =>
    figures.push({ key, value, area, link });
  let inspections: ReportItem[] = [];
  let shortStaves: ReportItem[] = [];
  let exams: ReportItem[] = [];

  if (answers.inspection) {
    const own = answers.inspection.inspections.filter((i) => i.hallId === hallId);
    const orders = answers.inspection.orders.filter((o) => o.hallId === hallId);
    const scored = own.flatMap((i) => (i.total === null ? [] : [i.total]));
    figure('inspection.count', own.length, 'inspection', 'inspections');
    figure('inspection.averageScore', mean(scored), 'inspection', 'inspections');
    figure('inspection.vetoed', own.filter((i) => i.vetoed).length, 'inspection', 'inspections');
    figure('rectification.issued', orders.length, 'inspection', 'rectifications');
    figure('rectification.closed', orders.filter((o) => o.closedAt).length, 'inspection', 'rectifications');
    figure('rectification.overdue', orders.filter((o) => o.overdue).length, 'inspection', 'rectifications');
    inspections = own.map((i) => ({
      title: i.kind,
      detail: `${i.inspectedOn} · ${i.total ?? '—'}`,
      area: 'inspection',
      link: `inspections/${i.id}`,
    }));
  }
  if (answers.shortStaves)
    shortStaves = answers.shortStaves.map((s) => ({
      title: s.itemTitle,
      detail: `${s.failed}/${s.inspected}`,
      area: 'inspection',
      link: `dashboard?month=${month}`,
    }));
  if (answers.training) {
    const results = answers.training.results;
    const sat = results.flatMap((r) => (r.percent === null ? [] : [r.percent]));
    figure('training.candidates', results.length, 'training', 'analysis');
    figure('training.sat', sat.length, 'training', 'analysis');
    figure('training.averagePercent', mean(sat), 'training', 'analysis');
    figure('training.passed', results.filter((r) => r.passed).length, 'training', 'analysis');
    const byExam = new Map<string, { title: string; sat: number; passed: number }>();
    for (const r of results) {
      const exam = byExam.get(r.examId) ?? { title: r.examTitle, sat: 0, passed: 0 };
      if (r.percent !== null) exam.sat += 1;
      if (r.passed) exam.passed += 1;
      byExam.set(r.examId, exam);
    }
    exams = [...byExam].map(([examId, e]) => ({
      title: e.title,
      detail: `${e.passed}/${e.sat}`,
      area: 'training',
      link: `exams/${examId}`,
    }));
  }
  if (answers.complaints) {
    const hall = answers.complaints.halls.find((h) => h.hallId === hallId);
    figure('complaints.total', hall?.total ?? 0, 'forms', 'complaints');
    figure('complaints.closed', hall?.closed ?? 0, 'forms', 'complaints');
    figure('complaints.escalated', hall?.escalated ?? 0, 'forms', 'complaints');
  }
  if (answers.queue) {
    figure('queue.readings', answers.queue.readings, 'inspection', 'queue');
    figure('queue.warnings', answers.queue.warnings, 'inspection', 'queue');
    figure('queue.maxWaiting', answers.queue.maxWaiting, 'inspection', 'queue');
  }
  if (answers.equipment) {
    const hall = answers.equipment.halls.find((h) => h.orgNodeId === hallId);
    const availability = hall?.selfServiceAvailability ?? null;
    figure('equipment.faults', hall?.faults ?? 0, 'operations', 'faults');
    figure(
      'equipment.selfServiceAvailability',
      availability === null ? null : round1(availability * 100),
      'operations',
      'figures',
    );
  }
  const sources = (Object.keys(answers) as ReportSource[]).map((source) => ({
    source,
    available: answers[source] !== null,
  }));
  return { sources, figures, inspections, shortStaves, exams };
}
