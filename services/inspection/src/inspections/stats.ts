import type { InspectionKind, InspectionScore } from '@duda/contract-inspection';
import type { Prisma } from '../generated/prisma/client.ts';
import { enumType, table } from '../raw-sql.ts';

type Tx = Prisma.TransactionClient;

/** Item code → its title and section name in the inspection's template version. */
export type ItemNames = Map<string, { title: string; section: string }>;

interface Scored {
  hallId: string;
  hallName: string;
  districtId: string;
  cityId: string;
  month: string;
  kind: InspectionKind;
}

/**
 * Adds one submitted inspection to the monthly rollups the dashboards read (ADR 0007). Runs inside the
 * submit transaction, so the rollups never disagree with the inspections.
 */
export async function addToRollups(
  tx: Tx,
  inspection: Scored,
  score: InspectionScore,
  items: ItemNames,
  itemCodes: string[],
) {
  const problems = new Set(score.problems.map((p) => p.itemCode));
  await tx.$executeRaw`
    INSERT INTO ${table('HallMonthStat')} AS hms ("hallId", "month", "kind", "hallName", "districtId", "cityId", "inspections", "scoreSum", "passedCount", "vetoedCount", "problemCount")
    VALUES (${inspection.hallId}::uuid, ${inspection.month}, ${inspection.kind}::${enumType('InspectionKind')}, ${inspection.hallName}, ${inspection.districtId}::uuid, ${inspection.cityId}::uuid,
            1, ${score.total}, ${score.passed ? 1 : 0}, ${score.vetoed ? 1 : 0}, ${problems.size})
    ON CONFLICT ("hallId", "month", "kind") DO UPDATE SET
      "inspections" = hms."inspections" + 1,
      "scoreSum" = hms."scoreSum" + EXCLUDED."scoreSum",
      "passedCount" = hms."passedCount" + EXCLUDED."passedCount",
      "vetoedCount" = hms."vetoedCount" + EXCLUDED."vetoedCount",
      "problemCount" = hms."problemCount" + EXCLUDED."problemCount",
      "hallName" = EXCLUDED."hallName"`;
  if (itemCodes.length === 0) return;
  const titles = itemCodes.map((code) => items.get(code)?.title ?? code);
  const sections = itemCodes.map((code) => items.get(code)?.section ?? '');
  const flags = itemCodes.map((code) => (problems.has(code) ? 1 : 0));
  await tx.$executeRaw`
    INSERT INTO ${table('ItemMonthStat')} AS ims ("hallId", "month", "kind", "itemCode", "itemTitle", "sectionName", "districtId", "cityId", "inspected", "problems")
    SELECT ${inspection.hallId}::uuid, ${inspection.month}, ${inspection.kind}::${enumType('InspectionKind')}, code, title, section, ${inspection.districtId}::uuid, ${inspection.cityId}::uuid, 1, flag
    FROM unnest(${itemCodes}::text[], ${titles}::text[], ${sections}::text[], ${flags}::int[]) AS t(code, title, section, flag)
    ON CONFLICT ("hallId", "month", "kind", "itemCode") DO UPDATE SET
      "inspected" = ims."inspected" + 1,
      "problems" = ims."problems" + EXCLUDED."problems",
      "itemTitle" = EXCLUDED."itemTitle",
      "sectionName" = EXCLUDED."sectionName"`;
}
