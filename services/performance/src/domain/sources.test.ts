import { describe, expect, it } from 'vitest';
import { monthSources, pulledFigure, type ExamFigure } from './sources.ts';

const inspection = (id: string, hallId: string, total: number | null) => ({
  id,
  hallId,
  hallName: '湖滨营业厅',
  kind: 'MONTHLY_VISIT',
  inspectedOn: '2026-11-05',
  total,
});
const order = (id: string, status: string, overdue: boolean) => ({
  id,
  hallId: 'hubin',
  inspectionId: 'i1',
  itemTitle: `检查项${id}`,
  status,
  overdue,
});
const exam = (over: Partial<ExamFigure>): ExamFigure => ({
  examId: 'e1',
  examTitle: '11月全市月考',
  kind: 'CITY_MONTHLY',
  closed: true,
  personId: 'zhao',
  attemptId: 'a1',
  percent: 80,
  passed: true,
  ...over,
});

const sources = monthSources(
  [inspection('i1', 'hubin', 92), inspection('i2', 'hubin', 85.5), inspection('i3', 'hubin', null)],
  [order('o1', 'ACCEPTED', false), order('o2', 'OPEN', true), order('o3', 'RESPONDED', false)],
  [
    exam({}),
    exam({
      examId: 'e2',
      examTitle: '区县笔试',
      kind: 'DISTRICT_WRITTEN',
      attemptId: null,
      percent: null,
      passed: null,
    }),
    exam({
      examId: 'e3',
      examTitle: '区县笔试(未结束)',
      kind: 'DISTRICT_WRITTEN',
      closed: false,
      attemptId: null,
      percent: null,
      passed: null,
    }),
    exam({
      examId: 'r1',
      examTitle: '10月补考',
      kind: 'RETAKE',
      attemptId: 'a9',
      percent: 55,
      passed: false,
    }),
  ],
);
const zhao = { id: 'zhao', hallId: 'hubin' };

describe('pulledFigure', () => {
  it('hall inspection score: the mean of the month’s scored inspections, each linked to its page', () => {
    // (92 + 85.5) / 2 = 88.75; the unscored one is left out
    const figure = pulledFigure('HALL_INSPECTION_SCORE', sources, zhao)!;
    expect(figure.value).toBe(88.75);
    expect(figure.evidence.map((e) => [e.id, e.figure, e.link])).toEqual([
      ['i1', 92, '/inspection/inspections/i1'],
      ['i2', 85.5, '/inspection/inspections/i2'],
    ]);
    expect(figure.evidence[0]!.title).toBe('湖滨营业厅 2026-11-05 月度明查');
  });

  it('rectification rate: accepted of issued (1 of 3 = 33.33 %), 100 when none was issued', () => {
    const figure = pulledFigure('RECTIFICATION_RATE', sources, zhao)!;
    expect(figure.value).toBe(33.33);
    expect(figure.evidence.map((e) => [e.id, e.figure, e.link])).toEqual([
      ['o1', 1, '/inspection/rectifications?order=o1'],
      ['o2', 0, '/inspection/rectifications?order=o2'],
      ['o3', 0, '/inspection/rectifications?order=o3'],
    ]);
    expect(pulledFigure('RECTIFICATION_RATE', sources, { id: 'x', hallId: 'nanxing' })).toEqual({
      value: 100,
      evidence: [],
    });
  });

  it('overdue orders: the count, each order as evidence', () => {
    expect(pulledFigure('RECTIFICATION_OVERDUE', sources, zhao)).toMatchObject({
      value: 1,
      evidence: [{ id: 'o2' }],
    });
  });

  it('exam score: the mean of the written exams, a closed one not sat as 0, an open one not yet counted', () => {
    // (80 + 0) / 2 = 40
    const figure = pulledFigure('EXAM_SCORE', sources, zhao)!;
    expect(figure.value).toBe(40);
    expect(figure.evidence.map((e) => [e.kind, e.title, e.link])).toEqual([
      ['EXAM_ATTEMPT', '11月全市月考', '/training/results/a1'],
      ['EXAM', '区县笔试（缺考）', null],
    ]);
    expect(pulledFigure('EXAM_SCORE', sources, { id: 'nobody', hallId: 'hubin' })!.value).toBeNull();
  });

  it('retake result: the retakes not passed', () => {
    expect(pulledFigure('EXAM_RETAKE', sources, zhao)).toMatchObject({
      value: 1,
      evidence: [{ id: 'a9', link: '/training/results/a9', figure: 55 }],
    });
  });

  it('leaves the sources performance keeps itself to the superior', () => {
    expect(pulledFigure('SATISFACTION_RATE', sources, zhao)).toBeNull();
    expect(pulledFigure('TEAM_ATTITUDE', sources, zhao)).toBeNull();
  });
});
