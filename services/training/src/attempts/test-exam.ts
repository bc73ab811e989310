// A published exam written straight into the test database for the attempts and marking tests: one question of
// every type on a fixed paper, 湖滨 and 南星 staff as candidates. (The papers and exams procedures are tested on
// their own; here only what an attempt needs is made, so these tests do not move when those screens do.)
import type { QuestionBody, QuestionKey } from '@duda/contract-training';
import type { Prisma } from '../generated/prisma/client.ts';
import type { TrainingFixture } from '../testing/fixture.ts';

const json = (value: unknown) => value as Prisma.InputJsonValue;

export const QUESTIONS: { stem: string; body: QuestionBody; key: QuestionKey; points: number }[] = [
  {
    stem: '客户办理携号转网，首先应核验什么？',
    body: {
      type: 'SINGLE_CHOICE',
      options: [
        { id: 'A', text: '本人有效身份证件' },
        { id: 'B', text: '最近一月账单' },
        { id: 'C', text: '服务密码' },
      ],
    },
    key: { type: 'SINGLE_CHOICE', correct: 'A' },
    points: 2,
  },
  {
    stem: '以下哪些属于营业厅“首问负责制”的要求？',
    body: {
      type: 'MULTIPLE_CHOICE',
      options: [
        { id: 'A', text: '首位接待人员负责到底' },
        { id: 'B', text: '不推诿客户' },
        { id: 'C', text: '可让客户自行找其他窗口' },
        { id: 'D', text: '跟踪办理结果' },
      ],
    },
    key: { type: 'MULTIPLE_CHOICE', correct: ['A', 'B', 'D'] },
    points: 3,
  },
  {
    stem: '营业员可以替客户设置服务密码。',
    body: { type: 'TRUE_FALSE' },
    key: { type: 'TRUE_FALSE', correct: false },
    points: 1,
  },
  {
    stem: '客服热线是 ____，5G 套餐最低档月费 ____ 元。',
    body: { type: 'FILL_IN', blanks: 2 },
    key: { type: 'FILL_IN', blanks: [['10086'], ['58', '五十八']], caseSensitive: false },
    points: 2,
  },
  {
    stem: '将业务与办理渠道配对。',
    body: {
      type: 'MATCHING',
      prompts: [
        { id: 'p1', text: '销户' },
        { id: 'p2', text: '话费查询' },
      ],
      choices: [
        { id: 'c1', text: '营业厅柜台' },
        { id: 'c2', text: '手机营业厅' },
        { id: 'c3', text: '短信' },
      ],
    },
    key: { type: 'MATCHING', pairs: { p1: 'c1', p2: 'c2' } },
    points: 2,
  },
  {
    stem: '客户因话费争议情绪激动，你如何处理？',
    body: { type: 'SHORT_ANSWER', rubric: '安抚情绪 3 分；核实账单 3 分；给出方案 4 分' },
    key: { type: 'SHORT_ANSWER', reference: '先安抚致歉，再调取详单核实，最后给出退费或解释方案。' },
    points: 10,
  },
];

export interface TestExam {
  examId: string;
  paperId: string;
  questionIds: string[];
  versionIds: string[];
}

export interface TestExamOptions {
  opensAt: Date;
  closesAt: Date;
  timeLimitMinutes?: number;
  attemptsAllowed?: number;
  overdueHandling?: 'AUTOSUBMIT' | 'GRACE_PERIOD' | 'NOT_COUNTED';
  graceMinutes?: number;
  reviewRule?: 'IMMEDIATELY' | 'AFTER_CLOSE' | 'ON_DATE' | 'NEVER';
  shuffle?: boolean;
  /** Demo usernames of the candidates. */
  candidates?: string[];
}

export async function createTestExam(f: TrainingFixture, options: TestExamOptions): Promise<TestExam> {
  const prisma = f.training.prisma;
  const trainerId = f.seeded.demoPeople.trainer!.id;
  const cityId = f.seeded.cityId;
  const point =
    (await prisma.knowledgePoint.findFirst({ where: { cityId, parentId: null, name: '业务规范' } })) ??
    (await prisma.knowledgePoint.create({ data: { cityId, name: '业务规范' } }));
  const questions = [];
  for (const q of QUESTIONS) {
    questions.push(
      await prisma.question.create({
        data: {
          cityId,
          type: q.body.type,
          knowledgePointId: point.id,
          businessLine: '营业',
          difficulty: 2,
          createdById: trainerId,
          versions: {
            create: {
              version: 1,
              stem: q.stem,
              body: json(q.body),
              answerKey: json(q.key),
              points: q.points,
              createdById: trainerId,
            },
          },
        },
        include: { versions: true },
      }),
    );
  }
  const slots = questions.map((q, i) => ({ questionId: q.id, points: QUESTIONS[i]!.points }));
  const paper = await prisma.paper.create({
    data: {
      cityId,
      title: '营业规范测试卷',
      kind: 'FIXED',
      status: 'PUBLISHED',
      shuffleQuestions: options.shuffle ?? false,
      shuffleOptions: options.shuffle ?? false,
      slots: json(slots),
      totalPoints: slots.reduce((s, x) => s + x.points, 0),
      createdById: trainerId,
    },
  });
  const district = f.district('HZ-SC');
  const exam = await prisma.exam.create({
    data: {
      cityId,
      orgNodeId: district.id,
      orgName: district.name,
      title: '上城区 12 月业务笔试',
      kind: 'DISTRICT_WRITTEN',
      month: '2026-12',
      status: 'PUBLISHED',
      paperId: paper.id,
      target: json({ orgNodeIds: [district.id], roles: [], personIds: [] }),
      opensAt: options.opensAt,
      closesAt: options.closesAt,
      timeLimitMinutes: options.timeLimitMinutes ?? 30,
      attemptsAllowed: options.attemptsAllowed ?? 1,
      overdueHandling: options.overdueHandling ?? 'AUTOSUBMIT',
      graceMinutes: options.graceMinutes ?? 0,
      passMark: 12,
      reviewRule: options.reviewRule ?? 'IMMEDIATELY',
      multipleChoiceScoring: 'PROPORTIONAL',
      publishedAt: options.opensAt,
      createdById: trainerId,
    },
  });
  for (const username of options.candidates ?? ['hubin.clerk', 'hubin.mgr', 'nanxing.mgr']) {
    const person = f.seeded.demoPeople[username]!;
    const hall = f.hall(person.orgCode);
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
    paperId: paper.id,
    questionIds: questions.map((q) => q.id),
    versionIds: questions.map((q) => q.versions[0]!.id),
  };
}
