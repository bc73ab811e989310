// Demo calibration (校准): a district's supervisor locks the district's month once its scorecards are assessed, and
// the city signs a month off only after every district is locked — so each signed-off demo month has every district
// locked, and the month under way every district but the stories' own (上城, where 湖滨's demo clerk and manager are
// still to be assessed, moved and locked by the month story). Written directly: a closed month refuses the lock
// procedure, and these locks happened before the sign-off the demo records.
import type { SeededOrg } from '@duda/service-org/seed';
import type { PerformanceDeps } from '../deps.ts';
import { districtGrades } from './calibration.ts';

export async function seedCalibrationLocks(
  deps: PerformanceDeps,
  org: SeededOrg,
  month: string,
  when: { at: Date; exceptDistrictIds?: readonly string[] },
) {
  for (const district of org.districts) {
    if (when.exceptDistrictIds?.includes(district.id)) continue;
    const key = { cityId: org.cityId, month, districtId: district.id };
    const [cards, lock] = await Promise.all([
      deps.prisma.scorecard.count({ where: { month, districtId: district.id } }),
      deps.prisma.calibrationLock.findUnique({ where: { cityId_month_districtId: key } }),
    ]);
    if (cards === 0 || lock) continue;
    const supervisor = org.districtSupervisors[district.code]?.[0];
    await deps.prisma.$transaction(async (tx) => {
      const { people } = await districtGrades(tx, month, district.id);
      for (const { card, grade } of people)
        if (card.calibratedGrade !== grade)
          await tx.scorecard.update({ where: { id: card.id }, data: { calibratedGrade: grade } });
      await tx.calibrationLock.create({
        data: {
          ...key,
          lockedById: supervisor?.id ?? org.demoPeople['city.sup']!.id,
          lockedByName: supervisor?.name ?? org.demoPeople['city.sup']!.name,
          lockedAt: when.at,
        },
      });
    });
  }
}
