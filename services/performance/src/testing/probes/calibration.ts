// The grading rules' and calibration's rows of the authorization matrix. The world: 上城's supervisor (no probe
// caller) moves one of 上城's grades with a marked reason. Everyone in the city reads the rules, only the city
// supervisor changes them; 西湖's supervisor lists the districts they calibrate, and no probe caller views, moves
// or locks 上城's.
import { currentMonth } from '@duda/month';
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';
import { runMonthToEnd } from './scorecards.ts';

export interface CalibrationWorld {
  month: string;
  districtId: string;
  cardId: string;
  reason: string;
}

const GRADES = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const;

const viewAsDistrict = async (w: CalibrationWorld, owners: Owners) =>
  (await owners('sc.sup')).query('performance.calibration.view', {
    month: w.month,
    districtId: w.districtId,
  });

export const calibrationProbes = defineAreaProbes<CalibrationWorld>({
  prefix: 'performance',
  async world(owners, service) {
    const month = currentMonth(new Date());
    await runMonthToEnd(owners, month, service);
    const district = await owners('sc.sup');
    const [shangcheng] = await district.query<{ districtId: string }[]>('performance.calibration.districts', {
      month,
    });
    const view = await district.query<{ people: { scorecardId: string; grade: string }[] }>(
      'performance.calibration.view',
      { month, districtId: shangcheng!.districtId },
    );
    const person = view.people[0]!;
    const reason = `矩阵校准${crypto.randomUUID().slice(0, 8)}`;
    await district.mutation('performance.calibration.move', {
      scorecardId: person.scorecardId,
      grade: GRADES.find((grade) => grade !== person.grade),
      reason,
    });
    return { month, districtId: shangcheng!.districtId, cardId: person.scorecardId, reason };
  },
  secrets: (w) => [w.reason],
  probes: {
    'performance.calibration.settings': { allowed: SIGNED_IN, input: () => ({}) },
    'performance.calibration.saveSettings': {
      allowed: [],
      input: () => ({
        bands: { excellent: 95, good: 85, pass: 70 },
        guideline: { excellentMax: 10, failMin: 10 },
        method: 'DISTRIBUTION',
        appealWindowDays: 3,
      }),
      reread: async (_w, owners) => (await owners('city.sup')).query('performance.calibration.settings', {}),
    },
    'performance.calibration.districts': { allowed: ['xh.sup'], input: (w) => ({ month: w.month }) },
    'performance.calibration.view': {
      allowed: [],
      input: (w) => ({ month: w.month, districtId: w.districtId }),
    },
    'performance.calibration.move': {
      allowed: [],
      input: (w) => ({ scorecardId: w.cardId, grade: 'EXCELLENT', reason: '冒名校准' }),
      reread: viewAsDistrict,
    },
    'performance.calibration.lock': {
      allowed: [],
      input: (w) => ({ month: w.month, districtId: w.districtId }),
      reread: viewAsDistrict,
    },
  },
});
