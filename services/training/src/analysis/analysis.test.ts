// The analysis against a real database: one city monthly exam, the hand-computed example of the statistics module
// (domain/statistics/statistics.test.ts) sat by five people of 上城区 — four in 湖滨, one in 南星 — and a candidate
// of 西湖区 who did not sit it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { writeExam } from './test-data.ts';

let f: TrainingFixture;
let examId: string;
let questionIds: string[];
const subject = () => ({ examId });

beforeAll(async () => {
  f = await trainingFixture();
  const written = await writeExam(f, {
    title: '11月全市月考',
    questions: [
      { point: '套餐资费', points: 1 },
      { point: '套餐资费', points: 1 },
      { point: '宽带业务', points: 2 },
    ],
    marks: {
      HZ10101: [1, 1, 2], // 李娜 湖滨 4 = 100 %
      HZ10102: [1, 0, 1], // 张伟 湖滨 2 = 50 %
      HZ10103: [0, 1, 0], // 赵雪 湖滨 1 = 25 %
      HZ10110: [1, 0, 0], // 钱晓云 湖滨 1 = 25 %
      HZ10201: [1, 1, 1], // 吴俊 南星 3 = 75 %      city mean 55 %
      HZ13001: null, //     沈佳琪 文三路: no attempt
    },
    passMark: 2,
  });
  examId = written.exam.id;
  questionIds = written.questionIds;
});
afterAll(() => f.close());

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { cause?: { code?: string } }) => error.cause?.code,
  );

describe('exam analysis', () => {
  it('gives the trainer Moodle’s figures over the whole city', async () => {
    const trainer = await f.as('trainer');
    const analysis = await trainer.analysis.exam({ subject: subject() });
    expect(analysis.summary).toMatchObject({ count: 5, mean: 2.2, median: 2, people: 5, passRate: 0.6 });
    expect(analysis.summary.cic).toBeCloseTo(750 / 17, 9);
    expect(analysis.summary.kurtosis).toBeCloseTo(-430 / 289, 9);
    expect(analysis.questions.map((q) => q.facility)).toEqual([0.8, 0.6, 0.4]);
    expect(analysis.questions[0]!.discriminationIndex).toBeCloseTo(19.6116135138184, 9);
    expect(analysis.questions.map((q) => q.flags)).toEqual([
      ['LOW_DISCRIMINATION'],
      ['LOW_DISCRIMINATION'],
      [],
    ]);
    expect(analysis.questions[0]).toMatchObject({
      number: 1,
      knowledgePoint: '套餐资费',
      type: 'TRUE_FALSE',
    });
    // 套餐资费: (4 + 3)/10; 宽带业务: 4/10 — the weakest first
    expect(analysis.knowledgePoints.map((p) => [p.name, p.facility])).toEqual([
      ['宽带业务', 0.4],
      ['套餐资费', 0.7],
    ]);
  });

  it('computes over the caller’s scope only', async () => {
    const hall = await (await f.as('hubin.mgr')).analysis.exam({ subject: subject() });
    expect(hall.summary.count).toBe(4);
    expect(hall.summary.mean).toBe(2);
    const district = await (await f.as('sc.sup')).analysis.exam({ subject: subject() });
    expect(district.summary.count).toBe(5);
    const other = await (await f.as('xh.sup')).analysis.exam({ subject: subject() });
    expect(other.summary).toMatchObject({ count: 0, mean: null, passRate: null });
  });

  it('refuses a clerk, and an exam outside the caller’s scope reads as missing', async () => {
    expect(await code((await f.as('hubin.clerk')).analysis.exam({ subject: subject() }))).toBe(
      'training.analysis.readDenied',
    );
    const elsewhere = await writeExam(f, {
      title: '西湖区笔试',
      kind: 'DISTRICT_WRITTEN',
      orgNodeId: f.district('HZ-XH').id,
      questions: [{ point: '套餐资费', points: 1 }],
      marks: { HZ13101: [1] },
    });
    expect(await code((await f.as('sc.sup')).analysis.exam({ subject: { examId: elsewhere.exam.id } }))).toBe(
      'training.analysis.examNotFound',
    );
  });

  it('takes a month’s exams of a kind together', async () => {
    const month = await (
      await f.as('trainer')
    ).analysis.exam({ subject: { month: '2026-11', kind: 'CITY_MONTHLY' } });
    expect(month.exams.map((e) => e.id)).toEqual([examId]);
    expect(month.summary.count).toBe(5);
  });
});

describe('by org node and knowledge point', () => {
  it('drills from the city to districts, halls and people', async () => {
    const trainer = await f.as('trainer');
    const city = await trainer.analysis.byOrg({ subject: subject() });
    expect(city.node).toMatchObject({ id: f.seeded.cityId, level: 'city', people: 5 });
    expect(city.children.map((c) => [c.name, c.people])).toEqual([['上城区分公司', 5]]);
    expect(city.weaknesses[0]).toMatchObject({ name: '宽带业务', facility: 0.4 });
    const district = await trainer.analysis.byOrg({ subject: subject(), nodeId: f.district('HZ-SC').id });
    expect(district.childLevel).toBe('hall');
    expect(district.children.map((c) => [c.name, c.people, c.meanPercent])).toEqual([
      ['南星营业厅', 1, 75],
      ['湖滨营业厅', 4, 50],
    ]);
    const hall = await trainer.analysis.byOrg({ subject: subject(), nodeId: f.hall('HZ-SC-01').id });
    expect(hall.childLevel).toBe('person');
    expect(hall.children.map((c) => c.staffNo)).toEqual(['HZ10101', 'HZ10102', 'HZ10103', 'HZ10110']);
    const zhaoxue = hall.children.find((c) => c.staffNo === 'HZ10103')!;
    expect(Object.values(zhaoxue.points).sort()).toEqual([0, 0.5]);
    // 套餐资费: 0 + 1 of 2 marks on two questions; 宽带业务: 0 of 2
    expect(Object.values(zhaoxue.means).sort()).toEqual([0, 1]);
  });

  it('starts a hall manager at their hall and keeps them there', async () => {
    const manager = await f.as('hubin.mgr');
    const own = await manager.analysis.byOrg({ subject: subject() });
    expect(own.node).toMatchObject({ id: f.hall('HZ-SC-01').id, level: 'hall', people: 4 });
    expect(await code(manager.analysis.byOrg({ subject: subject(), nodeId: f.district('HZ-SC').id }))).toBe(
      'training.analysis.nodeOutOfScope',
    );
  });

  it('gives a person’s strengths and weaknesses against the city', async () => {
    const zhaoxue = f.seeded.hallStaff['HZ-SC-01']!.find((p) => p.staffNo === 'HZ10103')!;
    const person = await (
      await f.as('hubin.mgr')
    ).analysis.person({ subject: subject(), personId: zhaoxue.id });
    // 套餐资费 1/2 against 0.7, 宽带业务 0/2 against 0.4
    expect(person.weaknesses.map((p) => [p.name, p.facility, p.cityFacility])).toEqual([
      ['宽带业务', 0, 0.4],
      ['套餐资费', 0.5, 0.7],
    ]);
    expect(person.strengths).toEqual([]);
    expect(person.results[0]).toMatchObject({ percent: 25, cityMeanPercent: 55, passed: false });
    expect(
      await code((await f.as('nanxing.mgr')).analysis.person({ subject: subject(), personId: zhaoxue.id })),
    ).toBe('training.analysis.personNotFound');
  });
});

describe('below the city mean, retakes and conversations', () => {
  it('lists everyone under the city mean, lowest first', async () => {
    const list = await (await f.as('sc.sup')).analysis.belowAverage({ examId });
    expect(list).toMatchObject({ cityMean: 55, canEnrol: false });
    expect(list.people.map((p) => [p.staffNo, p.percent, p.enrolled, p.conversation])).toEqual([
      ['HZ10103', 25, false, null],
      ['HZ10110', 25, false, null],
      ['HZ10102', 50, false, null],
    ]);
    expect((await (await f.as('nanxing.mgr')).analysis.belowAverage({ examId })).people).toEqual([]);
  });

  it('holds a district written exam against the mean of every district’s written exam that month', async () => {
    // 西湖区笔试 (written above): 蒋文博 100 %. 上城区笔试: 赵雪 100 %, 钱晓云 50 %, 吴俊 0 %.
    // City mean (100 + 100 + 50 + 0)/4 = 62.5: 钱晓云 is under it although at 上城's own mean of 50.
    const shangcheng = await writeExam(f, {
      title: '上城区笔试',
      kind: 'DISTRICT_WRITTEN',
      orgNodeId: f.district('HZ-SC').id,
      questions: [
        { point: '套餐资费', points: 1 },
        { point: '宽带业务', points: 1 },
      ],
      marks: { HZ10103: [1, 1], HZ10110: [0, 1], HZ10201: [0, 0] },
    });
    const list = await (await f.as('trainer')).analysis.belowAverage({ examId: shangcheng.exam.id });
    expect(list).toMatchObject({ cityMean: 62.5, pooledExams: 2 });
    expect(list.people.map((p) => [p.staffNo, p.percent])).toEqual([
      ['HZ10201', 0],
      ['HZ10110', 50],
    ]);
    // 南星's manager has a candidate in 上城区笔试 only: 西湖区笔试 is not named to them.
    const month = await (
      await f.as('nanxing.mgr')
    ).analysis.exam({ subject: { month: '2026-11', kind: 'DISTRICT_WRITTEN' } });
    expect(month.exams.map((e) => e.title)).toEqual(['上城区笔试']);
    expect(month.summary.count).toBe(1);
  });

  it('lets only the trainer enrol them, once, in next month’s retake with a task for the hall manager', async () => {
    expect(await code((await f.as('sc.sup')).analysis.enrolRetakes({ examId }))).toBe(
      'training.analysis.enrolDenied',
    );
    const trainer = await f.as('trainer');
    const first = await trainer.analysis.enrolRetakes({ examId });
    expect(first).toMatchObject({
      created: true,
      enrolled: 3,
      total: 3,
      conversationTasks: 3,
      retakeStatus: 'DRAFT',
    });
    const retake = await f.training.prisma.exam.findUniqueOrThrow({ where: { id: first.retakeExamId } });
    expect(retake).toMatchObject({ kind: 'RETAKE', month: '2026-12', retakeOfId: examId, status: 'DRAFT' });
    // 1 December 09:00 to 7 December, China time
    expect(retake.opensAt).toEqual(new Date('2026-12-01T01:00:00Z'));
    expect(retake.closesAt).toEqual(new Date('2026-12-07T15:59:59.999Z'));
    const again = await trainer.analysis.enrolRetakes({ examId });
    expect(again).toMatchObject({
      retakeExamId: first.retakeExamId,
      created: false,
      enrolled: 0,
      conversationTasks: 0,
    });
    const list = await trainer.analysis.belowAverage({ examId });
    expect(list).toMatchObject({ canEnrol: true, retake: { id: first.retakeExamId } });
    expect(list.people.every((p) => p.enrolled && p.conversation?.managerName === '李娜')).toBe(true);
  });

  it('gives the hall manager the tasks to record; nobody else records them', async () => {
    const manager = await f.as('hubin.mgr');
    const tasks = await manager.analysis.conversations({ status: 'OPEN' });
    expect(tasks.map((t) => [t.staffNo, t.score, t.cityMean, t.canRecord])).toEqual([
      ['HZ10102', 50, 55, true],
      ['HZ10103', 25, 55, true],
      ['HZ10110', 25, 55, true],
    ]);
    expect(await (await f.as('nanxing.mgr')).analysis.conversations({})).toEqual([]);
    const task = tasks[1]!;
    expect(
      await code((await f.as('nanxing.mgr')).analysis.completeConversation({ id: task.id, notes: '已谈' })),
    ).toBe('training.analysis.conversationNotFound');
    expect(
      await code((await f.as('sc.sup')).analysis.completeConversation({ id: task.id, notes: '已谈' })),
    ).toBe('training.analysis.conversationDenied');
    await manager.analysis.completeConversation({ id: task.id, notes: '宽带业务薄弱，安排每日晨会复习资费' });
    expect(await code(manager.analysis.completeConversation({ id: task.id, notes: '再谈' }))).toBe(
      'training.analysis.conversationDone',
    );
    const done = await f.training.prisma.conversationTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(done).toMatchObject({
      status: 'DONE',
      notes: '宽带业务薄弱，安排每日晨会复习资费',
      doneById: f.seeded.demoPeople['hubin.mgr']!.id,
    });
  });

  it('keeps the ledger of the cycle', async () => {
    const ledger = await (await f.as('trainer')).analysis.ledger({ month: '2026-11' });
    expect(ledger.exams).toEqual([
      expect.objectContaining({ examId, cityMean: 55, below: 3, talked: 1, retakeSat: 0 }),
    ]);
    expect(ledger.entries.find((e) => e.staffNo === 'HZ10103')).toMatchObject({
      conversation: 'DONE',
      retake: expect.objectContaining({ status: 'DRAFT' }),
      retakePercent: null,
    });
    expect((await (await f.as('xh.sup')).analysis.ledger({ month: '2026-11' })).entries).toEqual([]);
  });
});

describe('question statistics for the bank', () => {
  it('gives each question its figures across attempts, scaled by its points', async () => {
    const rows = await (await f.as('trainer')).analysis.questions({ questionIds });
    const byId = new Map(rows.map((r) => [r.questionId, r.figures]));
    expect(questionIds.map((id) => byId.get(id)?.facility)).toEqual([0.8, 0.6, 0.4]);
    expect(byId.get(questionIds[0]!)!.discriminationIndex).toBeCloseTo(19.6116135138184, 9);
    expect(byId.get(questionIds[2]!)!.discriminationIndex).toBeCloseTo(76.37626158259734, 9);
  });
});
