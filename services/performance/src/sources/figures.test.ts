import { describe, expect, it } from 'vitest';
import { citySources, cityFigure, type SkillTestFigure, type UnreadFigure } from './figures.ts';

const test = (id: string, personId: string, errors: number): SkillTestFigure => ({
  id,
  personId,
  hallId: 'hubin',
  task: 'NUMBER_PORTING',
  seconds: 300,
  errors,
  heldOn: '2026-11-05',
});
const unread = (requiredReadingId: string, personId: string): UnreadFigure => ({
  requiredReadingId,
  articleId: `a-${requiredReadingId}`,
  articleTitle: `必读${requiredReadingId}`,
  // 23:59:59 on the 20th in China is still the 20th.
  deadline: '2026-11-20T15:59:59.000Z',
  personId,
  hallId: 'hubin',
});

const sources = citySources({
  skillTests: [test('t1', 'zhao', 0), test('t2', 'zhao', 1), test('t3', 'zhao', 0), test('t4', 'qian', 3)],
  unread: [unread('r1', 'zhao'), unread('r2', 'zhao')],
  complaints: {
    month: '2026-11',
    halls: [{ hallId: 'hubin', hallName: '湖滨营业厅', total: 4 }],
    people: [{ personId: 'zhao', name: '赵雪', total: 1 }],
  },
  dutyRates: [
    { personId: 'zhao', done: 17, missed: 3, open: 0, rate: 0.85, final: true, countedAt: new Date() },
    { personId: 'li', done: 0, missed: 0, open: 4, rate: null, final: false, countedAt: new Date() },
  ],
});
const zhao = { id: 'zhao', hallId: 'hubin' };
const li = { id: 'li', hallId: 'hubin' };
const wu = { id: 'wu', hallId: 'nanxing' };

describe('the sources read from training and forms', () => {
  it.each([
    // source, person, role, figure
    ['SKILL_TEST', zhao, 'clerk', 66.67], // 2 of 3 exercises without a mistake
    ['SKILL_TEST', { id: 'qian', hallId: 'hubin' }, 'clerk', 0], // her one exercise had mistakes
    ['SKILL_TEST', li, 'hall_manager', null], // no exercise recorded: no figure
    ['UNREAD_READING', zhao, 'clerk', 2], // two items not read by their deadline
    ['UNREAD_READING', li, 'hall_manager', 0], // nothing unread is 0, not "no figure"
    ['COMPLAINTS', zhao, 'clerk', 1], // her own responsibility
    ['COMPLAINTS', li, 'hall_manager', 4], // the manager answers for the hall's
    ['COMPLAINTS', wu, 'hall_manager', 0], // a hall without complaints
    ['COMPLAINTS', { id: 'qian', hallId: 'hubin' }, 'clerk', 0], // a clerk found responsible for none
    ['DUTY_COMPLETION_RATE', zhao, 'clerk', 85], // 17 of 20 done or missed, in percent
    ['DUTY_COMPLETION_RATE', li, 'hall_manager', null], // only open duties yet: no rate
    ['DUTY_COMPLETION_RATE', wu, 'hall_manager', null], // the portal counted none of his
  ] as const)('%s of %o as %s is %s', (source, person, role, figure) => {
    expect(cityFigure(source, sources, person, role)!.value).toBe(figure);
  });

  it('links each record behind a figure', () => {
    expect(cityFigure('UNREAD_READING', sources, zhao, 'clerk')!.evidence).toEqual([
      {
        kind: 'REQUIRED_READING',
        id: 'r1',
        title: '必读r1（2026-11-20 前未读完）',
        figure: 1,
        link: '/training/knowledge/a-r1',
      },
      {
        kind: 'REQUIRED_READING',
        id: 'r2',
        title: '必读r2（2026-11-20 前未读完）',
        figure: 1,
        link: '/training/knowledge/a-r2',
      },
    ]);
    expect(cityFigure('SKILL_TEST', sources, zhao, 'clerk')!.evidence.map((e) => [e.id, e.figure])).toEqual([
      ['t1', 100],
      ['t2', 0],
      ['t3', 100],
    ]);
    expect(cityFigure('COMPLAINTS', sources, wu, 'hall_manager')!.evidence).toEqual([]);
    expect(cityFigure('DUTY_COMPLETION_RATE', sources, zhao, 'clerk')!.evidence).toEqual([
      expect.objectContaining({
        kind: 'DUTY_RATE',
        title: '必做完成 17 项、未完成 3 项（月度已结）',
        figure: 85,
      }),
    ]);
  });

  it('gives no figure where training or forms was not asked, rather than none unread or no complaints', () => {
    const unasked = citySources({ skillTests: [], unread: null, complaints: null });
    expect(cityFigure('UNREAD_READING', unasked, zhao, 'clerk')).toEqual({ value: null, evidence: [] });
    expect(cityFigure('COMPLAINTS', unasked, li, 'hall_manager')).toEqual({ value: null, evidence: [] });
  });

  it('answers nothing for a source it does not keep', () => {
    expect(cityFigure('EXAM_SCORE', sources, zhao, 'clerk')).toBeNull();
  });
});
