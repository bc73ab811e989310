// Test support: a city monthly exam of three questions on two knowledge points, and submitted, marked attempts
// written straight to the tables (as the attempts sub-area leaves them), so the analysis reads what an exam leaves.
import type { DrawnSlot } from '@duda/contract-training';
import type { TrainingFixture } from '../testing/fixture.ts';

export interface QuestionSpec {
  readonly point: string;
  readonly points: number;
}

export interface ExamSpec {
  readonly title: string;
  readonly kind?: 'CITY_MONTHLY' | 'DISTRICT_WRITTEN';
  readonly month?: string;
  /** The org node it is held for; the city by default. */
  readonly orgNodeId?: string;
  readonly questions: readonly QuestionSpec[];
  /** Marks per question, by staff number of a small-organisation person; null: a candidate with no attempt. */
  readonly marks: Readonly<Record<string, readonly number[] | null>>;
  readonly passMark?: number;
}

export async function writeExam(f: TrainingFixture, spec: ExamSpec) {
  const prisma = f.training.deps.prisma;
  const cityId = f.seeded.cityId;
  const trainerId = f.seeded.demoPeople.trainer!.id;
  const points = new Map<string, string>();
  for (const name of new Set(spec.questions.map((q) => q.point))) {
    const existing = await prisma.knowledgePoint.findFirst({ where: { cityId, name } });
    points.set(name, existing?.id ?? (await prisma.knowledgePoint.create({ data: { cityId, name } })).id);
  }
  const slots: DrawnSlot[] = [];
  for (const [i, q] of spec.questions.entries()) {
    const question = await prisma.question.create({
      data: {
        cityId,
        type: 'TRUE_FALSE',
        knowledgePointId: points.get(q.point)!,
        businessLine: 'MOBILE',
        difficulty: 3,
        createdById: trainerId,
        versions: {
          create: {
            version: 1,
            stem: `${spec.title} 第 ${i + 1} 题`,
            body: { type: 'TRUE_FALSE' },
            answerKey: { type: 'TRUE_FALSE', correct: true },
            points: q.points,
            createdById: trainerId,
          },
        },
      },
      include: { versions: true },
    });
    slots.push({
      slot: i + 1,
      questionId: question.id,
      versionId: question.versions[0]!.id,
      type: 'TRUE_FALSE',
      points: q.points,
    });
  }
  const total = spec.questions.reduce((sum, q) => sum + q.points, 0);
  const paper = await prisma.paper.create({
    data: {
      cityId,
      title: spec.title,
      kind: 'FIXED',
      status: 'PUBLISHED',
      totalPoints: total,
      createdById: trainerId,
    },
  });
  const orgNodeId = spec.orgNodeId ?? cityId;
  const now = f.clock.now;
  const exam = await prisma.exam.create({
    data: {
      cityId,
      orgNodeId,
      orgName: orgNodeId === cityId ? '杭州分公司' : '区县',
      title: spec.title,
      kind: spec.kind ?? 'CITY_MONTHLY',
      month: spec.month ?? '2026-11',
      status: 'PUBLISHED',
      paperId: paper.id,
      target: { orgNodeIds: [orgNodeId], roles: [], personIds: [] },
      opensAt: new Date(now.getTime() - 3 * 86_400_000),
      closesAt: new Date(now.getTime() - 86_400_000),
      timeLimitMinutes: 60,
      passMark: spec.passMark ?? total * 0.6,
      publishedAt: now,
      createdById: trainerId,
    },
  });
  const staff = Object.entries(f.seeded.hallStaff).flatMap(([code, people]) =>
    people.map((p) => ({
      ...p,
      hall: f.hall(code),
      district: f.seeded.districts.find((d) => d.halls.some((h) => h.code === code))!,
    })),
  );
  for (const [staffNo, marks] of Object.entries(spec.marks)) {
    const person = staff.find((p) => p.staffNo === staffNo)!;
    await prisma.examCandidate.create({
      data: {
        examId: exam.id,
        personId: person.id,
        personName: person.name,
        staffNo,
        orgNodeId: person.hall.id,
        orgName: person.hall.name,
        orgPath: [person.hall.id, person.district.id, cityId],
      },
    });
    if (!marks) continue;
    await prisma.examAttempt.create({
      data: {
        examId: exam.id,
        personId: person.id,
        attemptNo: 1,
        status: 'SUBMITTED',
        draw: { seed: 'test', slots } as object,
        startedAt: new Date(now.getTime() - 2 * 86_400_000),
        deadlineAt: new Date(now.getTime() - 2 * 86_400_000 + 3_600_000),
        submittedAt: new Date(now.getTime() - 2 * 86_400_000 + 1_800_000),
        deviceId: 'test-device',
        score: marks.reduce((a, b) => a + b, 0),
        maxScore: total,
        answers: {
          create: marks.map((mark, i) => ({
            slot: i + 1,
            response: { type: 'TRUE_FALSE', value: mark > 0 },
            seq: 1,
            savedAt: now,
            mark,
          })),
        },
      },
    });
  }
  return { exam, questionIds: slots.map((s) => s.questionId), pointIds: points };
}
