import { assertMonthWritable } from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';

/** Refuses changes to a month a hall's district or city has archived (立卷归档). */
export async function assertHallMonthWritable(
  deps: InspectionDeps,
  place: { districtId: string; cityId: string },
  month: string,
) {
  const archives = await deps.prisma.monthArchive.findMany({
    where: { scopeOrgId: { in: [place.districtId, place.cityId] }, month },
    select: { month: true },
  });
  assertMonthWritable(
    month,
    archives.map((a) => a.month),
  );
}
