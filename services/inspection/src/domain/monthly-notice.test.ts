import { describe, expect, it } from 'vitest';
import {
  assertTypicalCasesCitable,
  badCaseDescription,
  buildMonthlyNotice,
  citablePhotoIds,
  type CitedInspection,
} from './monthly-notice.ts';
import type { MonthlyNoticeInput } from './monthly-notice.ts';
import type { HallMonthScore } from './score-aggregation.ts';

const hall = (
  hallId: string,
  hallName: string,
  score: number,
  overrides: Partial<HallMonthScore> = {},
): HallMonthScore => ({
  hallId,
  hallName,
  districtId: 'east',
  districtName: '城东区',
  score,
  inspections: 1,
  failedInspections: score < 80 ? 1 : 0,
  vetoedInspections: 0,
  ...overrides,
});

const input: MonthlyNoticeInput = {
  scope: { level: 'DISTRICT', orgId: 'east', orgName: '城东区' },
  month: '2025-03',
  hallScores: [
    hall('h1', '城东中心营业厅', 96.5),
    hall('h2', '人民路营业厅', 88, { inspections: 2 }),
    hall('h3', '西湖路营业厅', 71, { vetoedInspections: 1 }),
  ],
  shortStaves: [
    {
      itemCode: 'D02',
      itemTitle: '高峰时段等候时长超标',
      sectionName: '等候时间与排队',
      inspected: 4,
      failed: 3,
      failureRate: 75,
      hallsAffected: 3,
    },
    {
      itemCode: 'G01',
      itemTitle: '宣传物料过期',
      sectionName: '营销宣传物料',
      inspected: 4,
      failed: 2,
      failureRate: 50,
      hallsAffected: 2,
    },
  ],
  typicalCases: [
    {
      inspectionId: 'i1',
      hallName: '城东中心营业厅',
      tone: 'GOOD',
      title: '高峰分流有序',
      description: '导购主动预受理',
      photoIds: [],
    },
  ],
  rectifications: [
    { hallId: 'h1', hallName: '城东中心营业厅', issued: 2, closed: 2, overdue: 0 },
    { hallId: 'h3', hallName: '西湖路营业厅', issued: 4, closed: 1, overdue: 2 },
  ],
};

describe('buildMonthlyNotice', () => {
  const notice = buildMonthlyNotice(input);

  it('titles the notice and covers the whole month', () => {
    expect(notice.title).toBe('城东区2025年3月营业厅服务检查通报');
    expect(notice.period).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(notice.status).toBe('DRAFT');
  });

  it('writes a summary from the figures', () => {
    expect(notice.summary).toBe(
      '2025年3月，城东区共检查营业厅 3 家、4 次，平均得分 85.2 分。' +
        '得分最高的是「城东中心营业厅」（96.5 分），最低的是「西湖路营业厅」（71.0 分）。' +
        '未达标 1 次，其中 1 次因一票否决项不达标。' +
        '本月共下发整改单 6 张，已闭环 3 张，整改率 50.0%，超期未整改 2 张。' +
        '共性问题主要集中在：高峰时段等候时长超标、宣传物料过期。',
    );
  });

  it('computes the rectification table with per-hall and total rates', () => {
    expect(notice.rectification.rows.map((r) => r.closureRate)).toEqual([100, 25]);
    expect(notice.rectification.total).toEqual({ issued: 6, closed: 3, overdue: 2, closureRate: 50 });
  });

  it('keeps the top and bottom tables apart when there are few halls', () => {
    const small = buildMonthlyNotice({ ...input, rankingSize: 2 });
    expect(small.ranking.top.map((r) => r.hallName)).toEqual(['城东中心营业厅', '人民路营业厅']);
    expect(small.ranking.bottom.map((r) => [r.rank, r.hallName])).toEqual([[3, '西湖路营业厅']]);
    expect(buildMonthlyNotice(input).ranking.bottom).toEqual([]);
  });

  it('ranks districts when given district scores', () => {
    const city = buildMonthlyNotice({
      ...input,
      scope: { level: 'CITY', orgId: 'c', orgName: '杭州市' },
      districtScores: [
        { districtId: 'east', districtName: '城东区', score: 85.2, halls: 3 },
        { districtId: 'west', districtName: '城西区', score: 90, halls: 2 },
      ],
    });
    expect(city.districtRanking.map((d) => [d.rank, d.districtName])).toEqual([
      [1, '城西区'],
      [2, '城东区'],
    ]);
    expect(city.summary).toContain('全市共检查');
  });

  it('says plainly when there was nothing to report', () => {
    const empty = buildMonthlyNotice({ ...input, hallScores: [], shortStaves: [], rectifications: [] });
    expect(empty.summary).toBe('2025年3月城东区暂无已完成的服务检查。');
    expect(empty.rectification.total.closureRate).toBeNull();
  });

  it('mentions when every inspection passed and no orders were issued', () => {
    const clean = buildMonthlyNotice({
      ...input,
      hallScores: [hall('h1', '甲厅', 95)],
      shortStaves: [],
      rectifications: [],
    });
    expect(clean.summary).toBe(
      '2025年3月，城东区共检查营业厅 1 家、1 次，平均得分 95.0 分。各次检查均达标。本月未下发整改单。',
    );
  });

  it('rejects a malformed month or ranking size', () => {
    expect(() => buildMonthlyNotice({ ...input, month: '2025-3' })).toThrow(
      expect.objectContaining({ field: 'month' }),
    );
    expect(() => buildMonthlyNotice({ ...input, rankingSize: 0 })).toThrow(
      expect.objectContaining({ field: 'rankingSize' }),
    );
  });
});

describe('assertTypicalCasesCitable', () => {
  const notice = { scope: input.scope, month: input.month };
  const cited = (overrides: Partial<CitedInspection> = {}): CitedInspection => ({
    id: 'i1',
    status: 'SUBMITTED',
    kind: 'MONTHLY_VISIT',
    month: '2025-03',
    cityId: 'city',
    districtId: 'east',
    mysteryPublishedAt: null,
    photoIds: ['p1', 'p2'],
    visibleToEditor: true,
    ...overrides,
  });
  const check =
    (inspection: CitedInspection, photoIds: string[] = ['p1']) =>
    () =>
      assertTypicalCasesCitable(
        notice,
        [
          { inspectionId: 'i0', photoIds: [] },
          { inspectionId: inspection.id, photoIds },
        ],
        new Map([
          ['i0', cited({ id: 'i0' })],
          [inspection.id, inspection],
        ]),
      );
  const outOfScope = expect.objectContaining({
    code: 'inspection.caseInspectionOutOfScope',
    field: 'typicalCases.1.inspectionId',
  });

  it('accepts a submitted inspection of the notice’s district and month with its own photos', () => {
    expect(check(cited())).not.toThrow();
  });

  it('refuses a photo of another inspection, naming the case’s photo field', () => {
    expect(check(cited(), ['p1', 'of-another-hall'])).toThrow(
      expect.objectContaining({
        code: 'inspection.casePhotoNotOfInspection',
        field: 'typicalCases.1.photoIds',
      }),
    );
  });

  it.each<[string, Partial<CitedInspection>]>([
    ['another district', { districtId: 'west' }],
    ['another month', { month: '2025-02' }],
    ['a draft', { status: 'DRAFT' }],
    ['a self-check the figures do not count', { kind: 'SELF_CHECK' }],
    ['an unpublished mystery-shopper visit', { kind: 'MYSTERY' }],
    ['one the editor may not see', { visibleToEditor: false }],
  ])('refuses an inspection of %s', (_, overrides) => {
    expect(check(cited(overrides))).toThrow(outOfScope);
  });

  it('refuses an inspection that does not exist', () => {
    expect(() =>
      assertTypicalCasesCitable(notice, [{ inspectionId: 'gone', photoIds: [] }], new Map()),
    ).toThrow(expect.objectContaining({ field: 'typicalCases.0.inspectionId' }));
  });

  it('shows only the photos of cases citing an inspection the figures count, and only that inspection’s', () => {
    const typicalCases = [
      { ...input.typicalCases[0]!, inspectionId: 'i1', photoIds: ['p1', 'foreign'] },
      { ...input.typicalCases[0]!, inspectionId: 'west', photoIds: ['w1'] },
      { ...input.typicalCases[0]!, inspectionId: 'gone', photoIds: ['g1'] },
    ];
    const inspections = new Map([
      ['i1', cited()],
      ['west', cited({ id: 'west', districtId: 'west', photoIds: ['w1'] })],
    ]);
    expect(citablePhotoIds({ ...notice, typicalCases }, inspections)).toEqual(['p1']);
  });

  it('accepts a published mystery-shopper visit, and any district of the city for a city notice', () => {
    expect(
      check(cited({ kind: 'MYSTERY', mysteryPublishedAt: new Date('2025-04-02T00:00:00Z') })),
    ).not.toThrow();
    const cityNotice = {
      scope: { level: 'CITY' as const, orgId: 'city', orgName: '杭州' },
      month: '2025-03',
    };
    expect(() =>
      assertTypicalCasesCitable(
        cityNotice,
        [{ inspectionId: 'i1', photoIds: ['p2'] }],
        new Map([['i1', cited({ districtId: 'west' })]]),
      ),
    ).not.toThrow();
  });
});

describe('a bad typical case’s text (典型案例)', () => {
  it('says each problem once, however the inspector repeated it', () => {
    expect(
      badCaseDescription(
        ['业务台面摆放杂物，未及时清理。', '业务台面摆放杂物，未及时清理', null, '  ', '等候区地面有水渍'],
        null,
      ),
    ).toBe('业务台面摆放杂物，未及时清理；等候区地面有水渍');
  });

  it('leaves out a note a longer one already says', () => {
    expect(badCaseDescription(['业务台面摆放杂物', '业务台面摆放杂物，未及时清理'], null)).toBe(
      '业务台面摆放杂物，未及时清理',
    );
  });

  it('falls back on the summary, then on a pointer to the record', () => {
    expect(badCaseDescription([null, ''], '整体服务欠规范')).toBe('整体服务欠规范');
    expect(badCaseDescription([], null)).toBe('检查发现多项问题，详见检查记录。');
  });
});
