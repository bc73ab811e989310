import type { SeededOrg } from '@duda/service-org/seed';
import type { OperationsPrisma } from '../prisma.ts';

/** Demo entries, one per hall of the demo city; idempotent (skips when the area already has data). */
export async function seedOperationsDemo(prisma: OperationsPrisma, org: SeededOrg) {
  if ((await prisma.entry.count()) > 0) return { entries: 0 };
  const supervisor = org.demoPeople['city.sup'];
  if (!supervisor) throw new Error('the org seed hands over no city supervisor');
  const halls = org.districts.flatMap((district) => district.halls);
  await prisma.entry.createMany({
    data: halls.map((hall) => ({
      orgNodeId: hall.id,
      orgName: hall.name,
      title: `${hall.name}：运营保障示例`,
      createdById: supervisor.id,
    })),
  });
  return { entries: halls.length };
}
