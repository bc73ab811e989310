// Grading rules and a district's calibration on real databases. 上城's five people are assessed at 95, 93, 85, 70
// and 65; the city holds grades to a guideline of 优秀 at most 20% and 不合格 at least 20%; 上城's supervisor sees
// the proposal against it, moves one grade with a reason, and locks. Refusals write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTH, monthFixture, type MonthFixture } from '../appeals/test-month.ts';

let f: MonthFixture;
let shangcheng: string;
const SCORES: Record<string, number> = { HZ10201: 95, HZ10301: 93, HZ10101: 85, HZ10103: 70, HZ10110: 65 };
const rules = {
  bands: { excellent: 90, good: 80, pass: 60 },
  guideline: { excellentMax: 20, failMin: 20 },
  method: 'DISTRIBUTION' as const,
  appealWindowDays: 5,
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: null, message: '' }),
    (error: { message: string; cause?: { code?: string } }) => ({
      code: error.cause?.code ?? null,
      message: error.message,
    }),
  );

beforeAll(async () => {
  f = await monthFixture();
  for (const [staffNo, score] of Object.entries(SCORES)) await f.assess(staffNo, score);
}, 300_000);
afterAll(() => f.close());

describe('the city’s grading rules', () => {
  it('are the defaults until the city supervisor saves them; others may only read them', async () => {
    expect(await (await f.as('hubin.clerk')).calibration.settings({})).toEqual({
      bands: { excellent: 90, good: 80, pass: 60 },
      guideline: { excellentMax: 20, failMin: 0 },
      method: 'BANDS',
      appealWindowDays: 7,
    });
    expect(await codeOf((await f.as('sc.sup')).calibration.saveSettings(rules))).toBe(
      'performance.calibration.settingsDenied',
    );
    const sup = await f.as('city.sup');
    expect(
      await codeOf(sup.calibration.saveSettings({ ...rules, bands: { excellent: 90, good: 95, pass: 60 } })),
    ).toBe('performance.scoring.gradeBands');
    expect(
      await codeOf(sup.calibration.saveSettings({ ...rules, guideline: { excellentMax: 60, failMin: 50 } })),
    ).toBe('performance.scoring.distributionShares');
    await expect(sup.calibration.saveSettings({ ...rules, appealWindowDays: 0 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await sup.calibration.settings({})).method).toBe('BANDS');
    expect(await sup.calibration.saveSettings(rules)).toEqual(rules);
  });
});

describe('a district’s calibration', () => {
  it('lists the districts the caller calibrates; a hall manager calibrates none', async () => {
    const districts = await (await f.as('sc.sup')).calibration.districts({ month: MONTH });
    expect(districts.map((d) => [d.districtName, d.scorecards, d.locked])).toEqual([
      ['上城区分公司', 5, false],
    ]);
    shangcheng = districts[0]!.districtId;
    expect(
      (await (await f.as('city.sup')).calibration.districts({ month: MONTH })).map((d) => d.districtName),
    ).toEqual(['上城区分公司', '西湖区分公司']);
    expect(await codeOf((await f.as('hubin.mgr')).calibration.districts({ month: MONTH }))).toBe(
      'performance.calibration.denied',
    );
    expect(
      await codeOf((await f.as('xh.sup')).calibration.view({ month: MONTH, districtId: shangcheng })),
    ).toBe('performance.calibration.denied');
  });

  it('proposes grades held to the guideline and shows the distribution against it', async () => {
    const view = await (await f.as('sc.sup')).calibration.view({ month: MONTH, districtId: shangcheng });
    // 20% of 5: one 优秀 at most (95 keeps it, 93 becomes 良好), one 不合格 at least (65 by bands is 合格).
    expect(view.people.map((p) => [p.final, p.bandGrade, p.grade])).toEqual([
      [95, 'EXCELLENT', 'EXCELLENT'],
      [93, 'EXCELLENT', 'GOOD'],
      [85, 'GOOD', 'GOOD'],
      [70, 'PASS', 'PASS'],
      [65, 'PASS', 'FAIL'],
    ]);
    expect(view.distribution.counts).toEqual({ EXCELLENT: 1, GOOD: 2, PASS: 1, FAIL: 1 });
    expect(view.distribution.check).toMatchObject({ excellentOver: false, failUnder: false });
    expect([view.locked, view.moves]).toEqual([null, []]);
  });

  it('moves a grade with a reason, kept in the history, which the person then sees', async () => {
    const district = await f.as('sc.sup');
    const card = f.cards.get('HZ10301')!.id;
    await expect(
      district.calibration.move({ scorecardId: card, grade: 'EXCELLENT', reason: ' ' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(
      await codeOf(district.calibration.move({ scorecardId: card, grade: 'GOOD', reason: '维持' })),
    ).toBe('performance.calibration.sameGrade');
    expect(
      await codeOf(
        (await f.as('xh.sup')).calibration.move({ scorecardId: card, grade: 'EXCELLENT', reason: '越权' }),
      ),
    ).toBe('performance.calibration.cardNotFound');
    const view = await district.calibration.move({
      scorecardId: card,
      grade: 'EXCELLENT',
      reason: '承担全区重点任务',
    });
    expect(view.moves).toEqual([
      expect.objectContaining({
        personName: '冯建华',
        fromGrade: 'GOOD',
        toGrade: 'EXCELLENT',
        reason: '承担全区重点任务',
        byName: expect.any(String),
      }),
    ]);
    expect(view.distribution.check).toMatchObject({ excellent: 2, excellentOver: true });
    expect((await (await f.as('HZ10301')).scorecards.get({ id: card })).grade).toBe('EXCELLENT');
  });

  it('locks the district: every grade fixed as calibrated, no more moves', async () => {
    const district = await f.as('sc.sup');
    const view = await district.calibration.lock({ month: MONTH, districtId: shangcheng });
    expect(view.locked).toMatchObject({ byName: expect.any(String) });
    // The proposal of 65 (不合格 by the guideline) is now the scorecard's grade.
    expect((await (await f.as('HZ10110')).scorecards.get({ id: f.cards.get('HZ10110')!.id })).grade).toBe(
      'FAIL',
    );
    const card = f.cards.get('HZ10101')!.id;
    expect(
      await codeOf(district.calibration.move({ scorecardId: card, grade: 'EXCELLENT', reason: '锁定后' })),
    ).toBe('performance.calibration.locked');
    expect(await codeOf(district.calibration.lock({ month: MONTH, districtId: shangcheng }))).toBe(
      'performance.calibration.locked',
    );
    expect((await district.calibration.view({ month: MONTH, districtId: shangcheng })).moves).toHaveLength(1);
  });

  it('the city signs off only once every district is locked, naming those still open', async () => {
    await f.assess('HZ13001', 88);
    await f.assess('HZ13101', 91);
    const refused = await errorOf((await f.as('city.sup')).months.signOff({ month: MONTH }));
    expect(refused.code).toBe('performance.scorecards.districtsNotLocked');
    expect(refused.message).toContain('西湖区');
    expect(refused.message).not.toContain('上城区');
    expect((await (await f.as('city.sup')).months.get({ month: MONTH })).status).toBe('OPEN');
  });

  it('refuses a move or a lock once the month is signed off', async () => {
    const xihu = (await (await f.as('xh.sup')).calibration.districts({ month: MONTH }))[0]!.districtId;
    const district = await f.as('xh.sup');
    await district.calibration.lock({ month: MONTH, districtId: xihu });
    await (await f.as('city.sup')).months.signOff({ month: MONTH });
    expect(await codeOf(district.calibration.lock({ month: MONTH, districtId: xihu }))).toBe(
      'performance.scorecards.monthClosed',
    );
    expect(
      await codeOf(
        district.calibration.move({
          scorecardId: f.cards.get('HZ13001')!.id,
          grade: 'EXCELLENT',
          reason: '签发后',
        }),
      ),
    ).toBe('performance.scorecards.monthClosed');
    expect((await district.calibration.view({ month: MONTH, districtId: xihu })).moves).toEqual([]);
  });

  it('hands HR the calibrated grade, not the banded one', async () => {
    const file = await (await f.as('hr')).months.export({ month: MONTH, format: 'csv' });
    const rows = Buffer.from(file.base64, 'base64').toString('utf8').split('\n');
    // 钱晓云 scored 65 (合格 by the bands); the locked calibration made her 不合格.
    expect(rows.find((row) => row.includes('HZ10110'))).toContain('不合格');
  });
});
