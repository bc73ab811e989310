// What the training fault test needs in a database: the small test organisation (its seed step) and a published
// exam of two questions with 湖滨's clerk and manager as candidates, 30 minutes each, submitted as it stood when time
// runs out (AUTOSUBMIT) — written with the training service's Prisma client, as the demo data is.
import type { Pool } from '@duda/db';
import { createLogger } from '@duda/service-kit';
import { seedSmallOrg } from '@duda/service-org/seed';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { loadConfig } from '../../config.ts';
import { createServices } from '../../services.ts';

export interface TrainingWorld {
  examId: string;
  /** Streams saves; their attempt outlives the crash. */
  examinee: string;
  /** Their attempt's time runs out while the service is down. */
  lateExaminee: string;
  timeLimitMinutes: number;
}

const TIME_LIMIT_MINUTES = 30;
const json = <T>(value: T) => value as never;

/** Seeds a database whose migrations are applied (a test database). */
export async function seedTrainingWorld(pool: Pool, now: Date): Promise<TrainingWorld> {
  const config = loadConfig(
    { DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'), DUDA_WEB_ROOT: '/nonexistent' },
    { serviceSecret: 'faults-seed', cookieSecret: 'faults-seed' },
  );
  const services = createServices(pool, config, createLogger('faults', 'silent'));
  try {
    const seeded = await seedSmallOrg(services.local.org!.prisma);
    const prisma = services.local.training!.prisma;
    const trainerId = seeded.demoPeople.trainer!.id;
    const cityId = seeded.cityId;
    const point = await prisma.knowledgePoint.create({ data: { cityId, name: '业务规范' } });
    const questions = [
      {
        body: {
          type: 'SINGLE_CHOICE',
          options: [
            { id: 'A', text: '本人有效身份证件' },
            { id: 'B', text: '服务密码' },
          ],
        },
        key: { type: 'SINGLE_CHOICE', correct: 'A' },
      },
      {
        body: { type: 'FILL_IN', blanks: 1 },
        key: { type: 'FILL_IN', blanks: [['10086']], caseSensitive: false },
      },
    ];
    const made = [];
    for (const [i, q] of questions.entries()) {
      made.push(
        await prisma.question.create({
          data: {
            cityId,
            type: q.body.type as 'SINGLE_CHOICE' | 'FILL_IN',
            knowledgePointId: point.id,
            businessLine: '营业',
            difficulty: 2,
            createdById: trainerId,
            versions: {
              create: {
                version: 1,
                stem: `第 ${i + 1} 题`,
                body: json(q.body),
                answerKey: json(q.key),
                points: 5,
                createdById: trainerId,
              },
            },
          },
        }),
      );
    }
    const paper = await prisma.paper.create({
      data: {
        cityId,
        title: '故障测试卷',
        kind: 'FIXED',
        status: 'PUBLISHED',
        // In order, so save n's slot is the question its answer is for.
        shuffleQuestions: false,
        shuffleOptions: false,
        slots: json(made.map((q) => ({ questionId: q.id, points: 5 }))),
        totalPoints: 10,
        createdById: trainerId,
      },
    });
    const district = seeded.districts.find((d) => d.code === 'HZ-SC')!;
    const exam = await prisma.exam.create({
      data: {
        cityId,
        orgNodeId: district.id,
        orgName: district.name,
        title: '上城区 12 月业务笔试（故障测试）',
        kind: 'DISTRICT_WRITTEN',
        month: '2026-12',
        status: 'PUBLISHED',
        paperId: paper.id,
        target: json({ orgNodeIds: [district.id], roles: [], personIds: [] }),
        opensAt: new Date(now.getTime() - 3_600_000),
        closesAt: new Date(now.getTime() + 24 * 3_600_000),
        timeLimitMinutes: TIME_LIMIT_MINUTES,
        overdueHandling: 'AUTOSUBMIT',
        passMark: 6,
        reviewRule: 'IMMEDIATELY',
        publishedAt: now,
        createdById: trainerId,
      },
    });
    for (const username of ['hubin.clerk', 'hubin.mgr']) {
      const person = seeded.demoPeople[username]!;
      const hall = district.halls.find((h) => h.code === person.orgCode)!;
      await prisma.examCandidate.create({
        data: {
          examId: exam.id,
          personId: person.id,
          personName: person.name,
          staffNo: username,
          orgNodeId: hall.id,
          orgName: hall.name,
          orgPath: [hall.id, district.id, cityId],
        },
      });
    }
    return {
      examId: exam.id,
      examinee: 'hubin.clerk',
      lateExaminee: 'hubin.mgr',
      timeLimitMinutes: TIME_LIMIT_MINUTES,
    };
  } finally {
    await services.close();
  }
}
