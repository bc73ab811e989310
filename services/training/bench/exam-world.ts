// The exam of the load bench, written straight into the database: nothing here is what is measured, so the
// small test organisation comes from its seed step, the 10,000 examinees (people, accounts, clerk roles, sessions,
// candidates, running attempts) from bulk SQL, and the exam, its 50 questions and paper from Prisma. Sessions are
// rows as login writes them (the hash of a random token, 12 hours, seen now), so the gateway resolves each
// examinee's cookie exactly as after a login; attempts hold one shared draw, the paper in order.
import { createHash, randomBytes } from 'node:crypto';
import type { AttemptDraw, DrawnSlot, QuestionBody, QuestionKey } from '@duda/contract-training';
import type { Pool } from '@duda/db';
import { createOrgService } from '@duda/service-org';
import { seedSmallOrg } from '@duda/service-org/seed';
import type { Prisma } from '../src/generated/prisma/client.ts';
import { createTrainingPrisma } from '../src/prisma.ts';

export interface Examinee {
  attemptId: string;
  deviceId: string;
  /** The session cookie's value. */
  token: string;
}

export interface ExamWorld {
  examinees: Examinee[];
  slots: DrawnSlot[];
}

const QUESTIONS = 50;
const OPTIONS = ['A', 'B', 'C', 'D'];
const json = (value: unknown) => value as Prisma.InputJsonValue;
/** Prisma keeps UTC in `timestamp` columns; raw SQL writes the same. */
const utc = (at: Date) => at.toISOString().replace('T', ' ').replace('Z', '');

/** Question `q` of the paper: the objective types in turn, as a monthly written exam mixes them. */
function question(q: number): { body: QuestionBody; key: QuestionKey } {
  const options = OPTIONS.map((id) => ({ id, text: `选项 ${id}` }));
  switch (q % 4) {
    case 0:
      return { body: { type: 'SINGLE_CHOICE', options }, key: { type: 'SINGLE_CHOICE', correct: 'A' } };
    case 1:
      return {
        body: { type: 'MULTIPLE_CHOICE', options },
        key: { type: 'MULTIPLE_CHOICE', correct: ['A', 'C'] },
      };
    case 2:
      return { body: { type: 'TRUE_FALSE' }, key: { type: 'TRUE_FALSE', correct: true } };
    default:
      return {
        body: { type: 'FILL_IN', blanks: 2 },
        key: { type: 'FILL_IN', blanks: [['10086'], ['营业厅']], caseSensitive: false },
      };
  }
}

export async function seedExamWorld(pool: Pool, count: number, now: Date): Promise<ExamWorld> {
  const org = createOrgService({ pool });
  const prisma = createTrainingPrisma(pool);
  try {
    const seeded = await seedSmallOrg(org.prisma);
    const halls = seeded.districts.flatMap((d) =>
      d.halls.map((h) => ({ ...h, path: [h.id, d.id, seeded.cityId] })),
    );
    const trainerId = seeded.demoPeople.trainer!.id;

    // 考生: people of the small org's halls in turn, each a clerk with an account that needs no password change.
    const people = Array.from({ length: count }, (_, i) => {
      const token = randomBytes(32).toString('base64url');
      return {
        i,
        hall: halls[i % halls.length]!,
        token,
        sessionId: createHash('sha256').update(token).digest('hex'),
      };
    });
    await pool.query(
      `INSERT INTO org."Person" ("id", "staffNo", "name", "orgNodeId", "position", "status", "hireDate", "updatedAt")
       SELECT gen_random_uuid(), 'BENCH' || lpad(i::text, 5, '0'), '考生' || i, hall, '营业员', 'active', '2020-01-01', now()
       FROM unnest($1::int[], $2::uuid[]) AS t(i, hall)`,
      [people.map((p) => p.i), people.map((p) => p.hall.id)],
    );
    await pool.query(
      `INSERT INTO org."RoleAssignment" ("id", "personId", "role", "orgNodeId")
       SELECT gen_random_uuid(), p."id", 'clerk', p."orgNodeId" FROM org."Person" p WHERE p."staffNo" LIKE 'BENCH%'`,
    );
    await pool.query(
      `INSERT INTO org."Account" ("id", "personId", "username", "passwordHash", "mustChangePassword", "updatedAt")
       SELECT gen_random_uuid(), p."id", p."staffNo", '-', false, now() FROM org."Person" p WHERE p."staffNo" LIKE 'BENCH%'`,
    );
    await pool.query(
      `INSERT INTO org."Session" ("id", "accountId", "createdAt", "lastSeenAt", "expiresAt")
       SELECT t.id, a."id", $3::timestamp, $3::timestamp, $3::timestamp + interval '12 hours'
       FROM unnest($1::text[], $2::text[]) AS t(id, staff) JOIN org."Account" a ON a."username" = t.staff`,
      [people.map((p) => p.sessionId), people.map((p) => `BENCH${String(p.i).padStart(5, '0')}`), utc(now)],
    );

    const point = await prisma.knowledgePoint.create({ data: { cityId: seeded.cityId, name: '业务规范' } });
    const slots: DrawnSlot[] = [];
    for (let q = 0; q < QUESTIONS; q++) {
      const { body, key } = question(q);
      const made = await prisma.question.create({
        data: {
          cityId: seeded.cityId,
          type: body.type,
          knowledgePointId: point.id,
          businessLine: '营业',
          difficulty: 2,
          createdById: trainerId,
          versions: {
            create: {
              version: 1,
              stem: `第 ${q + 1} 题`,
              body: json(body),
              answerKey: json(key),
              points: 2,
              createdById: trainerId,
              usedAt: now,
            },
          },
        },
        include: { versions: true },
      });
      slots.push({
        slot: q + 1,
        questionId: made.id,
        versionId: made.versions[0]!.id,
        type: body.type,
        points: 2,
        ...('options' in body ? { optionOrder: OPTIONS } : {}),
      });
    }
    const paper = await prisma.paper.create({
      data: {
        cityId: seeded.cityId,
        title: '万人月考卷',
        kind: 'FIXED',
        status: 'PUBLISHED',
        shuffleQuestions: false,
        shuffleOptions: false,
        slots: json(slots.map((s) => ({ questionId: s.questionId, points: s.points }))),
        totalPoints: slots.length * 2,
        createdById: trainerId,
      },
    });
    const exam = await prisma.exam.create({
      data: {
        cityId: seeded.cityId,
        orgNodeId: seeded.cityId,
        orgName: '杭州分公司',
        title: '全市 12 月月考（压测）',
        kind: 'CITY_MONTHLY',
        month: '2026-12',
        status: 'PUBLISHED',
        paperId: paper.id,
        target: json({ orgNodeIds: [seeded.cityId], roles: [], personIds: [] }),
        opensAt: new Date(now.getTime() - 60_000),
        closesAt: new Date(now.getTime() + 24 * 3_600_000),
        // Long enough for the whole run: the deadline is not what is measured.
        timeLimitMinutes: 600,
        passMark: 60,
        reviewRule: 'IMMEDIATELY',
        multipleChoiceScoring: 'PROPORTIONAL',
        publishedAt: now,
        createdById: trainerId,
      },
    });
    const draw: AttemptDraw = { seed: 'bench', slots };
    await pool.query(
      `INSERT INTO training."ExamCandidate" ("examId", "personId", "personName", "staffNo", "orgNodeId", "orgName", "orgPath")
       SELECT $1, p."id", p."name", p."staffNo", p."orgNodeId", n."name", t.path::uuid[]
       FROM org."Person" p JOIN org."OrgNode" n ON n."id" = p."orgNodeId"
       JOIN unnest($2::uuid[], $3::text[]) AS t(hall, path) ON t.hall = p."orgNodeId"
       WHERE p."staffNo" LIKE 'BENCH%'`,
      [exam.id, halls.map((h) => h.id), halls.map((h) => `{${h.path.join(',')}}`)],
    );
    const attempts = await pool.query<{ id: string; deviceId: string; staffNo: string }>(
      `INSERT INTO training."ExamAttempt" ("id", "examId", "personId", "attemptNo", "status", "draw", "startedAt",
         "deadlineAt", "deviceId", "maxScore", "updatedAt")
       SELECT gen_random_uuid(), c."examId", c."personId", 1, 'IN_PROGRESS', $2::jsonb, $3::timestamp,
         $3::timestamp + interval '600 minutes', 'bench-device-' || c."staffNo", $4, $3::timestamp
       FROM training."ExamCandidate" c WHERE c."examId" = $1
       RETURNING "id", "deviceId", substring("deviceId" from 14) AS "staffNo"`,
      [exam.id, JSON.stringify(draw), utc(now), slots.length * 2],
    );
    const byStaff = new Map(attempts.rows.map((a) => [a.staffNo, a]));
    return {
      slots,
      examinees: people.map((p) => {
        const attempt = byStaff.get(`BENCH${String(p.i).padStart(5, '0')}`)!;
        return { attemptId: attempt.id, deviceId: attempt.deviceId, token: p.token };
      }),
    };
  } finally {
    await prisma.$disconnect();
    await org.close();
  }
}
