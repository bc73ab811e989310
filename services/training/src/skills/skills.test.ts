// Oral exams, typing tests and handling records against a real database on the small organisation: 湖滨's manager
// and duty manager record for 湖滨, 上城区's supervisor for its halls; 南星's manager and 西湖区's supervisor neither
// see nor write 湖滨's; a clerk types and reads their own. The clock stands at Monday 2026-11-23, 10:00 China time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPING_PASSAGES } from '@duda/contract-training';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';

let f: TrainingFixture;
const person = (username: string) => f.seeded.demoPeople[username]!.id;
const qian = () => f.seeded.hallStaff['HZ-SC-01']!.find((p) => p.staffNo === 'HZ10110')!.id;
const hubin = () => f.hall('HZ-SC-01').id;

beforeAll(async () => {
  f = await trainingFixture();
});
afterAll(() => f.close());

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { cause?: { code?: string } }) => error.cause?.code,
  );

const oral = (personId: string, score = 86) => ({
  personId,
  heldOn: '2026-11-23',
  questions: [{ text: '携号转网需要满足哪些条件？' }, { text: '5G 畅享套餐的资费' }],
  score,
  notes: '表达清楚，资费细节需加强',
});

describe('oral exams', () => {
  it("the hall manager records an exam of a clerk, copying the clerk's name, 工号 and hall", async () => {
    const manager = await f.as('hubin.mgr');
    const recorded = await manager.skills.oralRecord(oral(person('hubin.clerk')));
    expect(recorded).toMatchObject({
      personName: '赵雪',
      staffNo: 'HZ10103',
      hallName: '湖滨营业厅',
      weekOf: '2026-11-23',
      score: 86,
      recordedByName: '李娜',
      canEdit: true,
    });
    const list = await manager.skills.oralList({ hallId: hubin(), week: '2026-11-26' });
    expect(list.items.map((i) => i.id)).toContain(recorded.id);
  });

  it('the district supervisor records in a hall of the district; another hall or district may not', async () => {
    const sc = await f.as('sc.sup');
    await expect(sc.skills.oralRecord(oral(qian(), 72))).resolves.toMatchObject({
      recordedByName: expect.any(String),
    });
    expect(await code((await f.as('nanxing.mgr')).skills.oralRecord(oral(qian())))).toBe(
      'training.skills.personNotFound',
    );
    expect(await code((await f.as('xh.sup')).skills.oralRecord(oral(qian())))).toBe(
      'training.skills.personNotFound',
    );
  });

  it('refuses a future date, oneself, an unknown bank question and a clerk as recorder', async () => {
    const manager = await f.as('hubin.mgr');
    expect(await code(manager.skills.oralRecord({ ...oral(qian()), heldOn: '2026-11-24' }))).toBe(
      'training.skills.futureDate',
    );
    expect(await code(manager.skills.oralRecord(oral(person('hubin.mgr'))))).toBe(
      'training.skills.selfRecord',
    );
    const unknown = { text: '题库题', questionId: '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10' };
    expect(await code(manager.skills.oralRecord({ ...oral(qian()), questions: [unknown] }))).toBe(
      'training.skills.questionNotFound',
    );
    expect(await code((await f.as('hubin.clerk')).skills.oralRecord(oral(qian())))).toBe(
      'training.skills.recordDenied',
    );
  });

  it("lists only the caller's scope: 南星's manager and 西湖区's supervisor see none of 湖滨's; a clerk no list", async () => {
    expect((await (await f.as('nanxing.mgr')).skills.oralList({})).total).toBe(0);
    expect((await (await f.as('xh.sup')).skills.oralList({})).total).toBe(0);
    expect((await (await f.as('trainer')).skills.oralList({ hallId: hubin() })).total).toBe(2);
    expect(await code((await f.as('hubin.clerk')).skills.oralList({}))).toBe('training.skills.readDenied');
  });

  it("shows the hall's week coverage: who has had an oral exam, and who not yet", async () => {
    const coverage = await (
      await f.as('hubin.duty')
    ).skills.oralCoverage({ hallId: hubin(), week: '2026-11-29' });
    const byNo = Object.fromEntries(coverage.people.map((p) => [p.staffNo, p.exams.map((e) => e.score)]));
    expect(byNo).toMatchObject({ HZ10103: [86], HZ10110: [72], HZ10101: [], HZ10102: [] });
    expect(coverage.people.at(-1)!.exams.length).toBe(1); // the ones still to examine come first
    expect(
      await code((await f.as('nanxing.mgr')).skills.oralCoverage({ hallId: hubin(), week: '2026-11-23' })),
    ).toBe('training.skills.hallNotFound');
  });

  it('lets the recorder change or delete a record within a day, nobody else, and not after', async () => {
    const manager = await f.as('hubin.mgr');
    const record = await manager.skills.oralRecord(oral(qian(), 60));
    const duty = await f.as('hubin.duty');
    expect(await code(duty.skills.oralUpdate({ ...oral(qian(), 99), id: record.id }))).toBe(
      'training.skills.oralEditDenied',
    );
    await expect(manager.skills.oralUpdate({ ...oral(qian(), 65), id: record.id })).resolves.toMatchObject({
      score: 65,
    });
    await manager.skills.oralDelete({ id: record.id, reason: '重复录入' });
    const row = await f.training.prisma.oralExam.findUniqueOrThrow({ where: { id: record.id } });
    expect(row).toMatchObject({ deleteReason: '重复录入', score: 65 });
    expect((await manager.skills.oralList({ personId: qian() })).items.map((i) => i.id)).not.toContain(
      record.id,
    );
    expect(await code(manager.skills.oralDelete({ id: record.id, reason: '再删' }))).toBe(
      'training.skills.oralNotFound',
    );

    const late = await manager.skills.oralRecord(oral(qian(), 70));
    const saved = f.clock.now;
    f.clock.now = new Date(saved.getTime() + 25 * 3_600_000);
    try {
      expect(await code(manager.skills.oralUpdate({ ...oral(qian(), 90), id: late.id }))).toBe(
        'training.skills.oralEditDenied',
      );
    } finally {
      f.clock.now = saved;
    }
  });

  it('filters the list by person (name or 工号) and by the ISO week it was held in, Monday to Sunday', async () => {
    const manager = await f.as('hubin.mgr');
    // October's, so November's figures below stay as they are.
    await manager.skills.oralRecord({ ...oral(person('hubin.clerk'), 75), heldOn: '2026-10-25' }); // a Sunday
    await manager.skills.oralRecord({ ...oral(qian(), 68), heldOn: '2026-10-19' });
    const scores = async (filter: { person?: string; week?: string }) =>
      (await manager.skills.oralList({ hallId: hubin(), ...filter })).items.map((i) => i.score).sort();
    expect(await scores({ week: '2026-10-21' })).toEqual([68, 75]);
    expect(await scores({ week: '2026-11-29' })).toEqual([70, 72, 86]);
    expect(await scores({ person: '赵雪' })).toEqual([75, 86]);
    expect(await scores({ person: 'hz10110' })).toEqual([68, 70, 72]);
    expect(await scores({ person: '赵雪', week: '2026-10-19' })).toEqual([75]);
  });
});

describe('typing test', () => {
  const passage = TYPING_PASSAGES[0];

  it("scores on the server from the text and the time, and keeps the examinee's hall", async () => {
    const clerk = await f.as('hubin.clerk');
    const typed = passage.text.slice(0, 60).replace('问候', '问侯');
    const result = await clerk.skills.typingSubmit({ passageId: passage.id, typed, elapsedMs: 60_000 });
    expect(result).toMatchObject({ cpm: 60, errors: passage.text.length - 60 + 1, hallName: '湖滨营业厅' });
    expect(result.accuracy).toBeCloseTo(59 / passage.text.length, 4);
  });

  it('refuses a Chinese passage typed faster than anyone types, writing nothing', async () => {
    const clerk = await f.as('hubin.clerk');
    const before = await f.training.prisma.typingResult.count();
    const pasted = { passageId: passage.id, typed: passage.text, elapsedMs: 10_000 };
    await expect(clerk.skills.typingSubmit(pasted)).rejects.toMatchObject({
      cause: { code: 'training.skills.tooFast', params: { limit: 400 } },
    });
    expect(await f.training.prisma.typingResult.count()).toBe(before);
  });

  it('is for staff who sit tests: HR may not take it', async () => {
    expect(
      await code(
        (await f.as('hr')).skills.typingSubmit({ passageId: passage.id, typed: '客户', elapsedMs: 9000 }),
      ),
    ).toBe('training.skills.takeDenied');
  });

  it("reaches the hall's readers and not another hall's", async () => {
    expect((await (await f.as('hubin.mgr')).skills.typingList({ month: '2026-11' })).total).toBe(1);
    expect((await (await f.as('nanxing.mgr')).skills.typingList({ month: '2026-11' })).total).toBe(0);
  });
});

describe('business handling', () => {
  it('is recorded per clerk and task, and reported at month end per person and task', async () => {
    const manager = await f.as('hubin.mgr');
    const record = (
      task: 'OPEN_ACCOUNT' | 'NUMBER_PORTING',
      seconds: number,
      errors: number,
      personId = qian(),
    ) => manager.skills.handlingRecord({ personId, task, seconds, errors, heldOn: '2026-11-20', notes: '' });
    await record('NUMBER_PORTING', 400, 0);
    await record('NUMBER_PORTING', 500, 2);
    await record('OPEN_ACCOUNT', 300, 0, person('hubin.clerk'));
    const report = await (await f.as('sc.sup')).skills.handlingReport({ hallId: hubin(), month: '2026-11' });
    expect(report.people.find((p) => p.staffNo === 'HZ10110')!.tasks).toEqual([
      { task: 'NUMBER_PORTING', count: 2, meanSeconds: 450, meanErrors: 1, errorRate: 0.5 },
    ]);
    expect(report.hall.map((t) => t.task)).toEqual(['OPEN_ACCOUNT', 'NUMBER_PORTING']);
    const porting = await manager.skills.handlingList({ hallId: hubin(), task: 'NUMBER_PORTING' });
    expect(porting.items.map((r) => r.seconds).sort()).toEqual([400, 500]);
    expect(
      await code((await f.as('xh.sup')).skills.handlingReport({ hallId: hubin(), month: '2026-11' })),
    ).toBe('training.skills.hallNotFound');
    expect(
      await code(
        (await f.as('nanxing.mgr')).skills.handlingRecord({
          personId: qian(),
          task: 'OPEN_ACCOUNT',
          seconds: 300,
          errors: 0,
          heldOn: '2026-11-20',
          notes: '',
        }),
      ),
    ).toBe('training.skills.personNotFound');
  });
});

describe("a person's month", () => {
  it('gives the analysis the oral mean, best typing and handling averages, in the caller’s scope only', async () => {
    const input = { personId: qian(), month: '2026-11' };
    const summary = await (await f.as('trainer')).skills.personSummary(input);
    expect(summary).toMatchObject({
      oral: { count: 2, mean: 71 },
      typing: { count: 0, bestCpm: null },
      handling: [{ task: 'NUMBER_PORTING', count: 2 }],
    });
    expect(await (await f.as('nanxing.mgr')).skills.personSummary(input)).toMatchObject({
      oral: { count: 0, mean: null },
      handling: [],
    });
    expect(await code((await f.as('hubin.clerk')).skills.personSummary(input))).toBe(
      'training.skills.readDenied',
    );
  });

  it("gives a clerk their own results, and nobody else's", async () => {
    const mine = await (await f.as('hubin.clerk')).skills.mine({ month: '2026-11' });
    expect(mine.summary).toMatchObject({ oral: { count: 1, mean: 86 }, typing: { count: 1, bestCpm: 60 } });
    expect(mine.oralExams[0]).toMatchObject({ score: 86, recordedByName: '李娜' });
    expect(mine.handlingRecords.map((r) => r.task)).toEqual(['OPEN_ACCOUNT']);
  });
});
