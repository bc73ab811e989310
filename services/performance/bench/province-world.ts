// The province the month bench runs on, written in bulk SQL into the other services' own tables (nothing here is
// measured): per city, its districts and halls (a manager and nine clerks each) in org; one scored monthly visit per
// hall with three rectification orders in inspection (some open, some overdue); in training the month's city written
// exam with every person a candidate and a submitted attempt, skill tests (业务办理) of three in five people, and four
// required readings due in the month for everyone, most read in time, some late, opened or never; complaints in
// forms (none to two a hall, most closed with a clerk found responsible); and the portal's duty rates of everyone as
// performance's subscription keeps them (`dutyRatesPayload`, stored by the bench through `storeDutyRates`). The run
// then asks those services through their APIs, as it does in production.
import { randomUUID } from 'node:crypto';
import type { Actor } from '@duda/authz';
import type { Pool } from '@duda/db';
import type { DutyRatesPublished } from '@duda/events';
import { chinaDateOf } from '@duda/month';

export interface BenchCity {
  id: string;
  name: string;
  /** The city supervisor the run acts as (the one who set the month running). */
  supervisor: Actor;
  staff: number;
}

const STAFF_PER_HALL = 10;
const HALLS_PER_DISTRICT = 30;

/** Rows of `count` numbered from 0, as a SQL array parameter. */
const numbers = (count: number) => Array.from({ length: count }, (_, i) => i);

async function writeOrg(pool: Pool, provinceId: string, c: number, staff: number) {
  const cityId = randomUUID();
  const cityPath = `/${provinceId}/${cityId}/`;
  const halls = Math.ceil(staff / STAFF_PER_HALL);
  const districts = Math.max(1, Math.ceil(halls / HALLS_PER_DISTRICT));
  await pool.query(
    `INSERT INTO org."OrgNode" ("id", "code", "name", "level", "parentId", "path", "updatedAt")
     VALUES ($1, $2, $3, 'city', $4, $5, now())`,
    [cityId, `BENCH-C${c}`, `压测市${c + 1}`, provinceId, cityPath],
  );
  await pool.query(
    `INSERT INTO org."OrgNode" ("id", "code", "name", "level", "parentId", "path", "sortOrder", "updatedAt")
     SELECT id, 'BENCH-C' || $1 || '-D' || d, '压测区' || (d + 1), 'district', $2, $3 || id || '/', d, now()
       FROM (SELECT gen_random_uuid() AS id, d FROM unnest($4::int[]) AS d) AS t`,
    [c, cityId, cityPath, numbers(districts)],
  );
  await pool.query(
    `INSERT INTO org."OrgNode" ("id", "code", "name", "level", "parentId", "path", "sortOrder", "updatedAt")
     SELECT gen_random_uuid(), 'BENCH-C' || $1 || '-H' || h, '压测营业厅' || $1 || '-' || (h + 1), 'hall',
            d."id", d."path", h, now()
       FROM unnest($2::int[]) AS h
       JOIN org."OrgNode" d ON d."code" = 'BENCH-C' || $1 || '-D' || (h % $3)`,
    [c, numbers(halls), districts],
  );
  // A hall's path ends with its own id (the insert above wrote its district's).
  await pool.query(
    `UPDATE org."OrgNode" SET "path" = "path" || "id" || '/' WHERE "code" LIKE 'BENCH-C' || $1 || '-H%'`,
    [c],
  );
  await pool.query(
    `INSERT INTO org."Person" ("id", "staffNo", "name", "orgNodeId", "position", "status", "hireDate", "updatedAt")
     SELECT gen_random_uuid(), 'B' || $1 || '-' || lpad(i::text, 6, '0'), '员工' || $1 || '-' || i, h."id",
            CASE WHEN i % ${STAFF_PER_HALL} = 0 THEN '店面经理' ELSE '营业员' END, 'active', '2020-01-01', now()
       FROM unnest($2::int[]) AS i
       JOIN org."OrgNode" h ON h."code" = 'BENCH-C' || $1 || '-H' || (i / ${STAFF_PER_HALL})`,
    [c, numbers(staff)],
  );
  await pool.query(
    `INSERT INTO org."RoleAssignment" ("id", "personId", "role", "orgNodeId")
     SELECT gen_random_uuid(), p."id",
            (CASE WHEN p."position" = '店面经理' THEN 'hall_manager' ELSE 'clerk' END)::org."Role", p."orgNodeId"
       FROM org."Person" p WHERE p."staffNo" LIKE 'B' || $1 || '-%'`,
    [c],
  );
  const supervisorId = randomUUID();
  await pool.query(
    `INSERT INTO org."Person" ("id", "staffNo", "name", "orgNodeId", "position", "status", "hireDate", "updatedAt")
     VALUES ($1, $2, $3, $4, '市公司督导', 'active', '2020-01-01', now())`,
    [supervisorId, `BSUP${c}`, `督导${c + 1}`, cityId],
  );
  await pool.query(
    `INSERT INTO org."RoleAssignment" ("id", "personId", "role", "orgNodeId")
     VALUES (gen_random_uuid(), $1, 'city_supervisor', $2)`,
    [supervisorId, cityId],
  );
  const { rows } = await pool.query<{ id: string }>(`SELECT "id" FROM org."OrgNode" WHERE "path" LIKE $1`, [
    `${cityPath}%`,
  ]);
  const supervisor: Actor = {
    personId: supervisorId,
    name: `督导${c + 1}`,
    staffNo: `BSUP${c}`,
    homeOrgNodeId: cityId,
    roles: [
      {
        role: 'city_supervisor',
        orgNodeId: cityId,
        orgNodeName: `压测市${c + 1}`,
        orgLevel: 'city',
        subtree: rows.map((r) => r.id),
      },
    ],
  };
  return { id: cityId, name: `压测市${c + 1}`, supervisor, staff };
}

async function writeInspections(pool: Pool, city: BenchCity, month: string) {
  const templateId = randomUUID();
  await pool.query(
    `INSERT INTO inspection."ChecklistTemplate"
       ("id", "lineId", "cityId", "name", "kind", "version", "status", "passLine", "sections", "itemCount", "createdById")
     VALUES ($1, gen_random_uuid(), $2, '压测标准', 'STANDARD', 1, 'PUBLISHED', 80, '[]', 0, $3)`,
    [templateId, city.id, city.supervisor.personId],
  );
  // One monthly visit per hall, its total spread over 68–100 by the hall's number.
  await pool.query(
    `INSERT INTO inspection."Inspection" ("id", "kind", "status", "hallId", "hallName", "districtId", "cityId",
        "templateId", "inspectorId", "inspectorName", "assigneeIds", "inspectedOn", "month", "startedAt",
        "submittedAt", "total", "passed", "vetoed", "problemCount", "updatedAt")
     SELECT gen_random_uuid(), 'MONTHLY_VISIT', 'SUBMITTED', h."id", h."name", h."parentId", $1::uuid, $2, $3, '督导',
            '{}', $4 || '-' || lpad((h."sortOrder" % 25 + 1)::text, 2, '0'), $4, now(), now(),
            68 + (h."sortOrder" * 7919 % 320) / 10.0, true, false, 3, now()
       FROM org."OrgNode" h WHERE h."level" = 'hall' AND h."path" LIKE '%/' || $1::text || '/%'`,
    [city.id, templateId, city.supervisor.personId, month],
  );
  await pool.query(
    `INSERT INTO inspection."RectificationOrder" ("id", "inspectionId", "hallId", "hallName", "districtId", "cityId",
        "month", "itemCode", "itemTitle", "sectionName", "severity", "veto", "problem", "problemPhotoIds",
        "evidenceRequired", "status", "attempt", "issuedAt", "deadline", "verifierId", "verifierName", "closedAt",
        "overdueAt")
     SELECT gen_random_uuid(), i."id", i."hallId", i."hallName", i."districtId", i."cityId", i."month", 'A0' || n,
            '检查项 ' || n, '服务规范', 'MINOR', false, '压测问题', '{}', false,
            (CASE WHEN (h."sortOrder" + n) % 5 = 0 THEN 'OPEN' ELSE 'ACCEPTED' END)::inspection."RectificationStatus",
            1, now(), now() + interval '3 days', $2, '督导',
            CASE WHEN (h."sortOrder" + n) % 5 = 0 THEN NULL ELSE now() END,
            CASE WHEN (h."sortOrder" + n) % 10 = 0 THEN now() ELSE NULL END
       FROM inspection."Inspection" i JOIN org."OrgNode" h ON h."id" = i."hallId", generate_series(1, 3) AS n
      WHERE i."cityId" = $1 AND i."month" = $3`,
    [city.id, city.supervisor.personId, month],
  );
}

async function writeExam(pool: Pool, city: BenchCity, month: string) {
  const paperId = randomUUID();
  const examId = randomUUID();
  await pool.query(
    `INSERT INTO training."Paper" ("id", "cityId", "title", "kind", "status", "createdById", "updatedAt")
     VALUES ($1, $2, '压测试卷', 'FIXED', 'PUBLISHED', $3, now())`,
    [paperId, city.id, city.supervisor.personId],
  );
  await pool.query(
    `INSERT INTO training."Exam" ("id", "cityId", "orgNodeId", "orgName", "title", "kind", "month", "status",
        "paperId", "target", "opensAt", "closesAt", "timeLimitMinutes", "passMark", "publishedAt", "createdById",
        "updatedAt")
     VALUES ($1, $2, $2, $3, '压测月考', 'CITY_MONTHLY', $4, 'PUBLISHED', $5, '{}', now() - interval '2 days',
        now() - interval '1 day', 60, 60, now() - interval '2 days', $6, now())`,
    [examId, city.id, city.name, month, paperId, city.supervisor.personId],
  );
  await pool.query(
    `INSERT INTO training."ExamCandidate" ("examId", "personId", "personName", "staffNo", "orgNodeId", "orgName", "orgPath")
     SELECT $1, p."id", p."name", p."staffNo", h."id", h."name",
            ARRAY[h."id", h."parentId", $2::uuid]
       FROM org."Person" p JOIN org."OrgNode" h ON h."id" = p."orgNodeId"
      WHERE h."level" = 'hall' AND h."path" LIKE '%/' || $2::text || '/%'`,
    [examId, city.id],
  );
  // Everyone sat it but one in twenty (缺考); scores spread over 40–100.
  await pool.query(
    `INSERT INTO training."ExamAttempt" ("id", "examId", "personId", "attemptNo", "status", "draw", "startedAt",
        "deadlineAt", "submittedAt", "deviceId", "score", "maxScore", "updatedAt")
     SELECT gen_random_uuid(), c."examId", c."personId", 1, 'SUBMITTED', '{"slots":[]}', now() - interval '2 days',
            now() - interval '1 day', now() - interval '2 days', 'bench', 40 + (n * 7919 % 600) / 10.0, 100, now()
       FROM (SELECT *, row_number() OVER (ORDER BY "staffNo") AS n FROM training."ExamCandidate" WHERE "examId" = $1) c
      WHERE c.n % 20 <> 0`,
    [examId],
  );
}

/** The hall staff of a city, numbered in 工号 order (n from 1), with their hall, district and the city. */
const cityStaff = `
  SELECT p."id", p."name", p."staffNo", h."id" AS "hallId", h."name" AS "hallName", h."parentId" AS "districtId",
         row_number() OVER (ORDER BY p."staffNo") AS n
    FROM org."Person" p JOIN org."OrgNode" h ON h."id" = p."orgNodeId"
   WHERE h."level" = 'hall' AND h."path" LIKE '%/' || $1::text || '/%'`;

/** The month's first instant (China time) and now: what was done "this month so far" falls between. */
function monthSoFar(month: string) {
  const from = new Date(`${month}-01T00:00:00+08:00`);
  const now = new Date();
  const today = chinaDateOf(now);
  // Days of the month up to today (the bench's month is the current one; an earlier month has all its days).
  const days = today.startsWith(month) ? Number(today.slice(8, 10)) : 28;
  return { from, now, days };
}

const TASKS = [
  'OPEN_ACCOUNT',
  'NUMBER_PORTING',
  'PLAN_CHANGE',
  'BROADBAND',
  'SIM_REPLACEMENT',
  'REAL_NAME_UPDATE',
];

/** Business-handling exercises (技能测试): three in five people, one to three each this month, one in six with mistakes. */
async function writeSkillTests(pool: Pool, city: BenchCity, month: string) {
  const { days } = monthSoFar(month);
  await pool.query(
    `INSERT INTO training."HandlingRecord" ("id", "personId", "personName", "staffNo", "hallId", "hallName", "orgPath",
        "task", "seconds", "errors", "heldOn", "weekOf", "month", "recordedById", "recordedByName")
     SELECT gen_random_uuid(), s."id", s."name", s."staffNo", s."hallId", s."hallName",
            ARRAY[s."hallId", s."districtId", $1::uuid], ($2::text[])[1 + ((s.n + k) % 6)::int]::training."HandlingTask",
            90 + (s.n * 7919 + k * 31) % 420, CASE WHEN (s.n + k * 5) % 6 = 0 THEN 1 + (s.n + k) % 3 ELSE 0 END,
            d.day, to_char(date_trunc('week', d.day::date), 'YYYY-MM-DD'), $3::text, $4, '督导'
       FROM (${cityStaff}) s, generate_series(1, 1 + (s.n % 3)::int) AS k,
            LATERAL (SELECT $3::text || '-' || lpad((1 + (s.n * 13 + k * 7) % $5::int)::text, 2, '0') AS day) d
      WHERE s.n % 5 < 3`,
    [city.id, TASKS, month, city.supervisor.personId, days],
  );
}

const READINGS = 4;

/**
 * The month's required reading (必读): four articles for every person of the city, their deadlines spread over the
 * month so far; of each item 17 in 20 finished in time, and one each finished late, opened only and never opened.
 */
async function writeReading(pool: Pool, city: BenchCity, month: string) {
  const { from, now } = monthSoFar(month);
  const items = numbers(READINGS).map((i) => ({
    article: randomUUID(),
    reading: randomUUID(),
    deadline: new Date(from.getTime() + ((now.getTime() - from.getTime()) * (i + 1)) / (READINGS + 1)),
  }));
  const author = city.supervisor.personId;
  await pool.query(
    `INSERT INTO training."Article" ("id", "cityId", "knowledgePointId", "title", "content", "plainText", "tags",
        "status", "authorId", "authorName", "updatedById", "updatedByName", "updatedAt", "publishedAt")
     SELECT a, $1, gen_random_uuid(), '压测必读' || i, '{}', '压测必读正文', '{}', 'PUBLISHED', $2, '督导', $2, '督导',
            now(), $3::timestamptz
       FROM unnest($4::uuid[]) WITH ORDINALITY AS t(a, i)`,
    [city.id, author, from, items.map((item) => item.article)],
  );
  await pool.query(
    `INSERT INTO training."RequiredReading" ("id", "articleId", "cityId", "target", "deadline", "month",
        "assignedById", "assignedByName")
     SELECT r, a, $1::uuid, jsonb_build_object('orgNodeIds', jsonb_build_array($1::text), 'roles', '[]'::jsonb), d,
            $2::text, $3, '督导'
       FROM unnest($4::uuid[], $5::uuid[], $6::timestamptz[]) AS t(r, a, d)`,
    [
      city.id,
      month,
      author,
      items.map((item) => item.reading),
      items.map((item) => item.article),
      items.map((item) => item.deadline),
    ],
  );
  await pool.query(
    `INSERT INTO training."RequiredReader" ("requiredReadingId", "personId", "personName", "staffNo", "orgNodeId",
        "orgName", "orgPath")
     SELECT r, s."id", s."name", s."staffNo", s."hallId", s."hallName", ARRAY[s."hallId", s."districtId", $1::uuid]
       FROM unnest($2::uuid[]) AS r, (${cityStaff}) s`,
    [city.id, items.map((item) => item.reading)],
  );
  // Each reader's place in 20 (shifted per item): 0 opened only, 1 finished late, 2 never opened, else in time.
  await pool.query(
    `INSERT INTO training."ArticleRead" ("articleId", "personId", "openedAt", "finishedAt")
     SELECT r."articleId", x."personId", r."deadline" - interval '2 days',
            CASE WHEN x.place = 0 THEN NULL
                 WHEN x.place = 1 THEN r."deadline" + interval '3 hours'
                 ELSE r."deadline" - interval '1 day' END
       FROM training."RequiredReading" r
       JOIN (SELECT "requiredReadingId", "personId",
                    (row_number() OVER (PARTITION BY "requiredReadingId" ORDER BY "staffNo")
                      + 3 * array_position($1::uuid[], "requiredReadingId")) % 20 AS place
               FROM training."RequiredReader" WHERE "requiredReadingId" = ANY($1::uuid[])) x
         ON x."requiredReadingId" = r."id"
      WHERE x.place <> 2`,
    [items.map((item) => item.reading)],
  );
}

/**
 * Complaints taken in at the city's halls this month (客户投诉): none to two a hall; two in three closed, and of those
 * most with a clerk of the hall found responsible; the rest still being looked into.
 */
async function writeComplaints(pool: Pool, city: BenchCity, month: string) {
  const { from, now } = monthSoFar(month);
  await pool.query(
    `INSERT INTO forms."Complaint" ("id", "hallId", "hallName", "districtId", "cityId", "customerName", "contact",
        "channel", "category", "description", "evidence", "status", "level", "dueAt", "intakeById", "intakeByName",
        "responsibleId", "responsibleName", "receivedAt", "closedAt", "updatedAt")
     SELECT gen_random_uuid(), h."id", h."name", h."parentId", $1::uuid, '客户' || k, '138' || lpad((h."sortOrder" * 3 + k)::text, 8, '0'),
            (ARRAY['HALL', 'PHONE', 'ONLINE'])[1 + (h."sortOrder" + k) % 3]::forms."ComplaintChannel",
            (ARRAY['BUSINESS', 'SERVICE', 'PRODUCT'])[1 + (h."sortOrder" * 7 + k) % 3]::forms."ComplaintCategory",
            '压测投诉', '[]',
            (CASE WHEN (h."sortOrder" + k) % 3 = 0 THEN 'INVESTIGATING' ELSE 'CLOSED' END)::forms."ComplaintStatus",
            'HALL', t.at + interval '2 days', $2, '督导',
            CASE WHEN (h."sortOrder" + k) % 3 <> 0 AND (h."sortOrder" + k) % 4 <> 0 THEN clerk."id" END,
            CASE WHEN (h."sortOrder" + k) % 3 <> 0 AND (h."sortOrder" + k) % 4 <> 0 THEN clerk."name" END,
            t.at, CASE WHEN (h."sortOrder" + k) % 3 <> 0 THEN t.at + interval '1 day' END, now()
       FROM org."OrgNode" h, generate_series(1, h."sortOrder" % 3) AS k,
            LATERAL (SELECT $3::timestamptz + ($4::timestamptz - $3::timestamptz) * (((h."sortOrder" * 7 + k) % 97) / 97.0) AS at) t,
            LATERAL (SELECT p."id", p."name" FROM org."Person" p
                      WHERE p."orgNodeId" = h."id" AND p."position" = '营业员'
                      ORDER BY p."staffNo" OFFSET k LIMIT 1) clerk
      WHERE h."level" = 'hall' AND h."path" LIKE '%/' || $1::text || '/%'`,
    [city.id, city.supervisor.personId, from, now],
  );
}

/**
 * What the portal would publish for the city's month so far (portal.duty-rates.published): every person with their
 * duties done, missed and open; one in fifty has done or missed none yet (no rate).
 */
export async function dutyRatesPayload(
  pool: Pool,
  city: BenchCity,
  month: string,
): Promise<DutyRatesPublished> {
  const { rows } = await pool.query<{ id: string; name: string; n: string }>(cityStaff, [city.id]);
  return {
    cityId: city.id,
    month,
    final: false,
    countedAt: new Date().toISOString(),
    people: rows.map((row) => {
      const n = Number(row.n);
      const none = n % 50 === 0;
      const done = none ? 0 : 15 + (n % 11);
      const missed = none ? 0 : (n * 7) % 4;
      return {
        personId: row.id,
        personName: row.name,
        done,
        missed,
        open: n % 3,
        rate: done + missed === 0 ? null : Math.round((1000 * done) / (done + missed)) / 1000,
      };
    }),
  };
}

/** A province of `cities` cities of `staffPerCity` people each, with the month's sources in every service. */
export async function writeProvince(pool: Pool, cities: number, staffPerCity: number, month: string) {
  const provinceId = randomUUID();
  await pool.query(
    `INSERT INTO org."OrgNode" ("id", "code", "name", "level", "path", "updatedAt")
     VALUES ($1, 'BENCH-P', '压测省', 'province', $2, now())`,
    [provinceId, `/${provinceId}/`],
  );
  const written: BenchCity[] = [];
  for (let c = 0; c < cities; c += 1) {
    const city = await writeOrg(pool, provinceId, c, staffPerCity);
    await writeInspections(pool, city, month);
    await writeExam(pool, city, month);
    await writeSkillTests(pool, city, month);
    await writeReading(pool, city, month);
    await writeComplaints(pool, city, month);
    written.push(city);
  }
  await pool.query('ANALYZE');
  return written;
}
