import { describe, expect, it } from 'vitest';
import {
  citySources,
  cityFigure,
  type CountedComplaint,
  type SkillTestFigure,
  type UnreadFigure,
} from './figures.ts';

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

const complaint = (number: number, receivedAt: string): CountedComplaint => ({
  id: `c${number}`,
  number,
  receivedAt,
  title: `投诉 #${number}（服务类）`,
});
// 赵雪's one; the hall's four (hers among them) as forms lists them, JSON-carried dates; 南星's 60, 50 listed (the cap).
const zhaos = complaint(12, '2026-11-06T02:00:00.000Z');
const hubins = [
  complaint(11, '2026-10-31T16:30:00.000Z'), // 00:30 on 1 November in China
  zhaos,
  complaint(13, '2026-11-12T09:00:00.000Z'),
  complaint(14, '2026-11-30T15:59:59.000Z'),
];
const nanxings = Array.from({ length: 50 }, (_, i) => complaint(100 + i, '2026-11-20T02:00:00.000Z'));

const sources = citySources({
  skillTests: [test('t1', 'zhao', 0), test('t2', 'zhao', 1), test('t3', 'zhao', 0), test('t4', 'qian', 3)],
  unread: [unread('r1', 'zhao'), unread('r2', 'zhao')],
  complaints: {
    month: '2026-11',
    halls: [
      { hallId: 'hubin', hallName: '湖滨营业厅', total: 4, complaints: hubins },
      { hallId: 'nanxing', hallName: '南星营业厅', total: 60, complaints: nanxings },
    ],
    people: [{ personId: 'zhao', name: '赵雪', total: 1, complaints: [zhaos] }],
  },
  dutyRates: [
    { personId: 'zhao', done: 17, missed: 3, open: 0, rate: 0.85, final: true, countedAt: new Date() },
    { personId: 'li', done: 0, missed: 0, open: 4, rate: null, final: false, countedAt: new Date() },
  ],
});
const zhao = { id: 'zhao', hallId: 'hubin' };
const li = { id: 'li', hallId: 'hubin' };
const wu = { id: 'wu', hallId: 'nanxing' };
const feng = { id: 'feng', hallId: 'huanglong' };

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
    ['COMPLAINTS', wu, 'hall_manager', 60], // all of a busy hall's, not only those listed
    ['COMPLAINTS', feng, 'hall_manager', 0], // a hall without complaints
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
    expect(cityFigure('COMPLAINTS', sources, feng, 'hall_manager')!.evidence).toEqual([]);
  });

  it.each([
    // person, role, the records: [id, title, figure, link]
    [zhao, 'clerk', [['c12', '2026-11-06 投诉 #12（服务类）', 1, '/forms/complaints/c12']]],
    [
      li,
      'hall_manager',
      [
        ['c11', '2026-11-01 投诉 #11（服务类）', 1, '/forms/complaints/c11'], // China's day, not UTC's
        ['c12', '2026-11-06 投诉 #12（服务类）', 1, '/forms/complaints/c12'],
        ['c13', '2026-11-12 投诉 #13（服务类）', 1, '/forms/complaints/c13'],
        ['c14', '2026-11-30 投诉 #14（服务类）', 1, '/forms/complaints/c14'],
      ],
    ],
    [{ id: 'qian', hallId: 'hubin' }, 'clerk', []], // found responsible for none
  ] as const)('lists each complaint counted against %o as %s, opening the case', (person, role, records) => {
    expect(
      cityFigure('COMPLAINTS', sources, person, role)!.evidence.map((e) => [
        e.kind,
        e.id,
        e.title,
        e.figure,
        e.link,
      ]),
    ).toEqual(records.map((record) => ['COMPLAINTS', ...record]));
  });

  it('lists a busy hall’s complaints up to forms’ cap and the rest as one record opening the list', () => {
    const evidence = cityFigure('COMPLAINTS', sources, wu, 'hall_manager')!.evidence;
    expect(evidence).toHaveLength(51);
    expect(evidence[49]).toMatchObject({ id: 'c149', figure: 1, link: '/forms/complaints/c149' });
    expect(evidence[50]).toEqual({
      kind: 'COMPLAINTS',
      id: 'wu:unlisted',
      title: '另有 10 件投诉未逐件列出，见投诉列表',
      figure: 10,
      link: '/forms/complaints',
    });
    // The figure is the total; the records add up to it.
    expect(evidence.reduce((sum, e) => sum + e.figure!, 0)).toBe(60);
  });

  it.each([
    // final, when counted, what the record keeps
    [true, '2026-12-01T22:30:00.000Z', { at: '2026-12-01T22:30:00.000Z', final: true }],
    [false, '2026-11-21T22:30:00.000Z', { at: '2026-11-21T22:30:00.000Z', final: false }],
  ] as const)('keeps when the duty rate was counted (final %s, at %s)', (final, at, counted) => {
    const rated = citySources({
      skillTests: [],
      unread: [],
      complaints: null,
      dutyRates: [
        { personId: 'zhao', done: 17, missed: 3, open: 2, rate: 0.85, final, countedAt: new Date(at) },
      ],
    });
    expect(cityFigure('DUTY_COMPLETION_RATE', rated, zhao, 'clerk')!.evidence).toEqual([
      {
        kind: 'DUTY_RATE',
        id: `zhao:${at}`,
        title: '必做完成 17 项、未完成 3 项、进行中 2 项',
        figure: 85,
        link: '/duties?tab=rates&span=month',
        counted,
      },
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
