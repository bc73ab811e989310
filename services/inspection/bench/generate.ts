// Generates a year of inspection data in SQL (generate_series), the shape production reaches: two daily
// checks per hall per day, a monthly visit per hall, cross and mystery-shopper visits, ~30 item results
// each, the rectification orders of the visits, and the monthly rollups the submit path maintains.
import { randomUUID } from 'node:crypto';
import type { Pool } from '@duda/db';
import type { ChecklistTemplateContent } from '@duda/contract-inspection';
import type { OrgPlace } from '../src/ports/org-directory.ts';

export interface GeneratedOrg {
  cityId: string;
  districtIds: string[];
  places: OrgPlace[];
  lastMonth: string;
}

const FIRST_DAY = '2025-11-01';
const LAST_DAY = '2026-10-31';

export async function generateYear(
  pool: Pool,
  hallCount: number,
  template: ChecklistTemplateContent,
): Promise<GeneratedOrg> {
  const cityId = randomUUID();
  const city = { id: cityId, name: '压测市' };
  const districtCount = Math.max(1, Math.ceil(hallCount / 10));
  const districts = Array.from({ length: districtCount }, (_, i) => ({
    id: randomUUID(),
    name: `压测区${i + 1}`,
  }));
  const halls = Array.from({ length: hallCount }, (_, i) => ({
    id: randomUUID(),
    name: `压测营业厅${i + 1}`,
    district: districts[i % districtCount]!,
  }));
  const places: OrgPlace[] = [
    { ...city, level: 'city', active: true, district: null, city: null },
    ...districts.map((d) => ({ ...d, level: 'district' as const, active: true, district: null, city })),
    ...halls.map((h) => ({
      id: h.id,
      name: h.name,
      level: 'hall' as const,
      active: true,
      district: h.district,
      city,
    })),
  ];

  const codes = template.sections.flatMap((s) => s.items.map((i) => i.code));
  const sectionOf = template.sections.flatMap((s) => s.items.map(() => s.code));
  const titles = template.sections.flatMap((s) => s.items.map((i) => i.title));
  const sectionNames = template.sections.flatMap((s) => s.items.map(() => s.name));
  const templateId = randomUUID();
  const inspector = randomUUID();
  const q = (sql: string, values: unknown[] = []) => pool.query(sql, values);

  await q(`SET search_path TO inspection`);
  await q(
    `INSERT INTO "ChecklistTemplate" (id, "lineId", "cityId", name, kind, version, status, "passLine", sections, "itemCount", "publishedAt", "createdById")
     VALUES ($1, $2, $3, $4, 'STANDARD', 1, 'PUBLISHED', 80, $5, $6, now(), $7)`,
    [
      templateId,
      randomUUID(),
      cityId,
      template.name,
      JSON.stringify(template.sections),
      codes.length,
      inspector,
    ],
  );
  await q(`CREATE TEMP TABLE bench_halls (id uuid, name text, district_id uuid, n int)`);
  await q(`INSERT INTO bench_halls SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::int[])`, [
    halls.map((h) => h.id),
    halls.map((h) => h.name),
    halls.map((h) => h.district.id),
    halls.map((_, i) => i),
  ]);

  const insertInspections = (kind: string, rows: string, where = 'true') =>
    q(
      `INSERT INTO "Inspection" (id, kind, status, "hallId", "hallName", "districtId", "cityId", "templateId", "inspectorId", "inspectorName",
         "assigneeIds", "inspectedOn", month, "startedAt", "submittedAt", "finishedAt", total, passed, vetoed, "problemCount", "mysteryPublishedAt", "updatedAt")
       SELECT gen_random_uuid(), '${kind}', 'SUBMITTED', h.id, h.name, h.district_id, $1, $2, $3, '压测督导', '{}',
              to_char(d, 'YYYY-MM-DD'), to_char(d, 'YYYY-MM'), d + interval '10 hours', d + interval '11 hours', d + interval '11 hours',
              s.total, s.total >= 80, s.veto, s.problems, ${kind === 'MYSTERY' ? `d + interval '5 days'` : 'NULL'}, now()
       FROM ${rows}
       CROSS JOIN LATERAL (SELECT round((68 + random() * 32)::numeric, 1)::float8 AS total, random() < 0.01 AS veto, floor(random() * 4)::int AS problems) s
       WHERE ${where}`,
      [cityId, templateId, inspector],
    );
  await insertInspections(
    'DAILY',
    `bench_halls h CROSS JOIN generate_series('${FIRST_DAY}'::timestamp, '${LAST_DAY}'::timestamp, '1 day') d CROSS JOIN generate_series(1, 2) n`,
  );
  await insertInspections(
    'MONTHLY_VISIT',
    `bench_halls h CROSS JOIN generate_series('${FIRST_DAY}'::timestamp, '${LAST_DAY}'::timestamp, '1 month') m CROSS JOIN LATERAL (SELECT m + ((h.n % 25) || ' days')::interval AS d) x`,
  );
  await insertInspections(
    'CROSS',
    `bench_halls h CROSS JOIN generate_series('${FIRST_DAY}'::timestamp, '${LAST_DAY}'::timestamp, '1 month') m CROSS JOIN LATERAL (SELECT m + interval '14 days' AS d) x`,
    `h.n % 10 = extract(month FROM m)::int % 10`,
  );
  await insertInspections(
    'MYSTERY',
    `bench_halls h CROSS JOIN generate_series('${FIRST_DAY}'::timestamp, '${LAST_DAY}'::timestamp, '1 month') m CROSS JOIN LATERAL (SELECT m + interval '20 days' AS d) x`,
    `h.n % 100 = extract(month FROM m)::int`,
  );

  // Item results month by month, so no single statement holds millions of rows in one transaction.
  const months = (await q(`SELECT DISTINCT month FROM "Inspection" ORDER BY month`)).rows.map(
    (r: { month: string }) => r.month,
  );
  for (const month of months) {
    await q(
      `INSERT INTO "ItemResult" ("inspectionId", "itemCode", "sectionCode", outcome, points, problem, note, "photoIds")
       SELECT i.id, ($1::text[])[n], ($2::text[])[n], CASE WHEN r.p THEN 'FAIL' ELSE 'PASS' END, NULL, r.p, CASE WHEN r.p THEN '现场发现问题' END, '{}'
       FROM "Inspection" i CROSS JOIN generate_series(1, array_length($1::text[], 1)) n
       CROSS JOIN LATERAL (SELECT random() < 0.05 + 0 * n AS p) r
       WHERE i.month = $3`,
      [codes, sectionOf, month],
    );
  }

  await q(
    `INSERT INTO "HallMonthStat" ("hallId", month, kind, "hallName", "districtId", "cityId", inspections, "scoreSum", "passedCount", "vetoedCount", "problemCount")
     SELECT "hallId", month, kind, max("hallName"), "districtId", "cityId", count(*), sum(total), count(*) FILTER (WHERE passed), count(*) FILTER (WHERE vetoed), sum("problemCount")
     FROM "Inspection" GROUP BY "hallId", month, kind, "districtId", "cityId"`,
  );
  await q(
    `INSERT INTO "ItemMonthStat" ("hallId", month, kind, "itemCode", "itemTitle", "sectionName", "districtId", "cityId", inspected, problems)
     SELECT i."hallId", i.month, i.kind, r."itemCode", ($1::text[])[array_position($3::text[], r."itemCode")], ($2::text[])[array_position($3::text[], r."itemCode")],
            i."districtId", i."cityId", count(*), count(*) FILTER (WHERE r.problem)
     FROM "ItemResult" r JOIN "Inspection" i ON i.id = r."inspectionId"
     GROUP BY i."hallId", i.month, i.kind, r."itemCode", i."districtId", i."cityId"`,
    [titles, sectionNames, codes],
  );
  await q(
    `INSERT INTO "RectificationOrder" (id, "inspectionId", "hallId", "hallName", "districtId", "cityId", month, "itemCode", "itemTitle", "sectionName",
       severity, veto, problem, "problemPhotoIds", "evidenceRequired", status, attempt, "issuedAt", deadline, "verifierId", "verifierName", "responsePhotoIds", "closedAt")
     SELECT gen_random_uuid(), i.id, i."hallId", i."hallName", i."districtId", i."cityId", i.month, r."itemCode", r."itemCode", r."sectionCode",
            'MAJOR', false, '现场发现问题', '{}', false,
            (CASE WHEN random() < 0.85 THEN 'ACCEPTED' WHEN random() < 0.5 THEN 'RESPONDED' ELSE 'OPEN' END)::"RectificationStatus", 1,
            i."submittedAt", i."submittedAt" + interval '3 days', i."inspectorId", i."inspectorName", '{}', i."submittedAt" + interval '2 days'
     FROM "ItemResult" r JOIN "Inspection" i ON i.id = r."inspectionId"
     WHERE r.problem AND i.kind <> 'DAILY'`,
  );
  for (const month of months) {
    const planId = randomUUID();
    await q(
      `INSERT INTO "InspectionPlan" (id, "scopeLevel", "scopeOrgId", "scopeName", "cityId", month, title, "authorId", "authorName", status, "updatedAt")
       VALUES ($1, 'CITY', $2, '压测市', $2, $3, '压测计划', $4, '压测督导', 'PUBLISHED', now())`,
      [planId, cityId, month, inspector],
    );
    await q(
      `INSERT INTO "PlanEntry" (id, "planId", "hallId", "hallName", "districtId", kind, "templateLineId", "inspectorIds", "inspectorNames", "plannedDate")
       SELECT gen_random_uuid(), $1, h.id, h.name, h.district_id, 'MONTHLY_VISIT', $2, ARRAY[$3::uuid], ARRAY['压测督导'], $4 || '-15' FROM bench_halls h`,
      [planId, templateId, inspector, month],
    );
    await q(
      `UPDATE "Inspection" i SET "planEntryId" = e.id FROM "PlanEntry" e
       WHERE e."planId" = $1 AND i."hallId" = e."hallId" AND i.month = $2 AND i.kind = 'MONTHLY_VISIT'`,
      [planId, month],
    );
  }
  await q(`ANALYZE`);
  await q(`RESET search_path`);
  return { cityId, districtIds: districts.map((d) => d.id), places, lastMonth: months[months.length - 1]! };
}
