import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examCancelled, examPublished } from '../events/domain-events.ts';
import { writeTestBank } from '../papers/test-bank.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';

describe('exams (考试)', () => {
  let f: TrainingFixture;
  let paperId: string;
  const settings = () => ({
    title: '11 月上城区笔试',
    kind: 'DISTRICT_WRITTEN' as const,
    month: '2026-11',
    orgNodeId: f.district('HZ-SC').id,
    paperId,
    target: { orgNodeIds: [f.district('HZ-SC').id], roles: ['clerk' as const] },
    opensAt: new Date('2026-11-25T01:00:00Z'),
    closesAt: new Date('2026-11-25T03:00:00Z'),
    timeLimitMinutes: 60,
    passMark: 6,
  });
  const cause = (code: string, field?: string) => ({
    cause: expect.objectContaining({ code, ...(field ? { field } : {}) }),
  });

  beforeAll(async () => {
    f = await trainingFixture();
    const trainerId = f.seeded.demoPeople['trainer']!.id;
    const bank = await writeTestBank(f.training.prisma, f.seeded.cityId, trainerId, [
      { point: 'tariffs', type: 'SINGLE_CHOICE', difficulty: 3, n: 5 },
    ]);
    const trainer = await f.as('trainer');
    ({ id: paperId } = await trainer.papers.create({
      kind: 'RANDOM',
      title: '资费卷',
      rules: [{ knowledgePointId: bank.tariffs, count: 5, points: 2 }],
    }));
  });
  afterAll(() => f.close());

  it('refuses settings that break the rules, naming the field', async () => {
    const trainer = await f.as('trainer');
    await expect(trainer.exams.create(settings())).rejects.toMatchObject(
      cause('training.exams.paperNotPublished', 'paperId'),
    );
    await trainer.papers.publish({ id: paperId });
    const refused: [Record<string, unknown>, string, string][] = [
      [{ closesAt: new Date('2026-11-25T01:00:00Z') }, 'closesBeforeOpens', 'closesAt'],
      [{ timeLimitMinutes: 121 }, 'timeLimitExceedsWindow', 'timeLimitMinutes'],
      [{ graceMinutes: 5 }, 'graceOnlyWithGracePeriod', 'graceMinutes'],
      [{ reviewRule: 'ON_DATE' }, 'reviewDateRequired', 'reviewAt'],
      [{ passMark: 10.5 }, 'passMarkAboveTotal', 'passMark'],
      [{ kind: 'CITY_MONTHLY' }, 'heldForLevel', 'orgNodeId'],
      [{ target: { orgNodeIds: [f.district('HZ-XH').id] } }, 'targetNodeOutOfScope', 'target.orgNodeIds.0'],
    ];
    for (const [change, code, field] of refused)
      await expect(
        trainer.exams.create({ ...settings(), ...change } as ReturnType<typeof settings>),
      ).rejects.toMatchObject(cause(`training.exams.${code}`, field));
    expect(await f.training.prisma.exam.count()).toBe(0);
  });

  it('lets only the trainer hold an exam: a district supervisor reads it', async () => {
    const supervisor = await f.as('sc.sup');
    await expect(supervisor.exams.create(settings())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('publishes to the clerks of the district, with their hall and org path, and records the event', async () => {
    const trainer = await f.as('trainer');
    const { id } = await trainer.exams.create(settings());
    expect((await trainer.exams.get({ id })).can).toEqual({ edit: true, publish: true, cancel: true });
    // A draft is the trainer's alone.
    expect((await (await f.as('sc.sup')).exams.list({})).items).toEqual([]);

    expect(await trainer.exams.publish({ id })).toEqual({ status: 'PUBLISHED', candidateCount: 2 });
    const candidates = await f.training.prisma.examCandidate.findMany({ where: { examId: id } });
    const hubin = f.hall('HZ-SC-01');
    expect(candidates.map((c) => [c.personName, c.orgName]).sort()).toEqual([
      ['赵雪', '湖滨营业厅'],
      ['钱晓云', '湖滨营业厅'],
    ]);
    expect(candidates[0]!.orgPath).toEqual([hubin.id, f.district('HZ-SC').id, f.seeded.cityId]);

    const [event] = await f.training.prisma.outboxEvent.findMany({
      where: { type: 'training.exam.published' },
    });
    expect(examPublished.schema.parse(event!.payload)).toMatchObject({
      examId: id,
      month: '2026-11',
      kind: 'DISTRICT_WRITTEN',
      candidatePersonIds: expect.arrayContaining(candidates.map((c) => c.personId)),
    });
    await expect(trainer.exams.publish({ id })).rejects.toMatchObject(cause('training.exams.notADraft'));
    await expect(trainer.exams.update({ id, ...settings() })).rejects.toMatchObject(
      cause('training.exams.notADraft'),
    );
  });

  it('shows the exam to readers in scope, and its candidates only as far as they reach', async () => {
    const list = async (user: string) => (await (await f.as(user)).exams.list({})).items.map((e) => e.title);
    expect(await list('sc.sup')).toEqual(['11 月上城区笔试']);
    expect(await list('hubin.mgr')).toEqual(['11 月上城区笔试']);
    expect(await list('xh.sup')).toEqual([]);
    expect(await list('nanxing.mgr')).toEqual([]);
    const [exam] = (await (await f.as('trainer')).exams.list({})).items;
    expect(exam).toMatchObject({ candidateCount: 2, startedCount: 0, submittedCount: 0, phase: 'SCHEDULED' });
    await expect((await f.as('xh.sup')).exams.get({ id: exam!.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const table = await (await f.as('hubin.mgr')).exams.candidates({ id: exam!.id });
    expect(table.items.map((c) => [c.personName, c.progress, c.result])).toEqual([
      ['赵雪', 'NOT_STARTED', null],
      ['钱晓云', 'NOT_STARTED', null],
    ]);
  });

  it("lists a candidate's exams, startable while open, and refuses to cancel once someone started", async () => {
    const clerk = await f.as('hubin.clerk');
    const [mine] = await clerk.exams.mine();
    expect(mine).toMatchObject({ phase: 'SCHEDULED', canStart: false, attemptsUsed: 0, attemptsAllowed: 1 });
    f.clock.now = new Date('2026-11-25T01:30:00Z');
    expect((await clerk.exams.mine())[0]).toMatchObject({ phase: 'OPEN', canStart: true, result: null });
    expect(await (await f.as('hubin.duty')).exams.mine()).toEqual([]);

    const personId = f.seeded.demoPeople['hubin.clerk']!.id;
    await f.training.prisma.examAttempt.create({
      data: {
        examId: mine!.examId,
        personId,
        attemptNo: 1,
        status: 'SUBMITTED',
        draw: { seed: 's', slots: [] },
        startedAt: f.clock.now,
        deadlineAt: new Date('2026-11-25T02:30:00Z'),
        submittedAt: f.clock.now,
        deviceId: 'device-1',
        score: 8,
        maxScore: 10,
      },
    });
    const trainer = await f.as('trainer');
    await expect(trainer.exams.cancel({ id: mine!.examId })).rejects.toMatchObject(
      cause('training.exams.cancelStarted'),
    );
    // Results after close (the default review rule): hidden while open, shown after.
    expect((await clerk.exams.mine())[0]).toMatchObject({ canStart: false, attemptsUsed: 1, result: null });
    f.clock.now = new Date('2026-11-25T03:00:00Z');
    expect((await clerk.exams.mine())[0]).toMatchObject({
      phase: 'CLOSED',
      result: { score: 8, passed: true },
    });
    const submitted = await (
      await f.as('hubin.mgr')
    ).exams.candidates({ id: mine!.examId, progress: 'SUBMITTED' });
    expect(submitted.items.map((c) => [c.personName, c.result])).toEqual([['赵雪', 8]]);
  });

  it('cancels an exam nobody has started', async () => {
    const trainer = await f.as('trainer');
    const { id } = await trainer.exams.create({
      ...settings(),
      title: '12 月上城区笔试',
      month: '2026-12',
      opensAt: new Date('2026-12-20T01:00:00Z'),
      closesAt: new Date('2026-12-20T03:00:00Z'),
    });
    await trainer.exams.publish({ id });
    expect(await trainer.exams.cancel({ id })).toEqual({ status: 'CANCELLED' });
    const [cancelled] = await f.training.prisma.outboxEvent.findMany({
      where: { type: 'training.exam.cancelled' },
    });
    expect(examCancelled.schema.parse(cancelled!.payload)).toMatchObject({ examId: id, month: '2026-12' });
    await expect(trainer.exams.cancel({ id })).rejects.toMatchObject(
      cause('training.exams.alreadyCancelled'),
    );
    expect((await (await f.as('hubin.clerk')).exams.mine()).map((e) => e.title)).toEqual(['11 月上城区笔试']);
  });

  it('takes roles alone under the org holding the exam, and adds the named people', async () => {
    const trainer = await f.as('trainer');
    const named = f.seeded.demoPeople['xh.sup']!.id;
    const { id } = await trainer.exams.create({
      ...settings(),
      title: '店面经理专项',
      kind: 'PRACTICE',
      target: { orgNodeIds: [], roles: ['hall_manager'], personIds: [named] },
    });
    await trainer.exams.publish({ id });
    const candidates = await f.training.prisma.examCandidate.findMany({ where: { examId: id } });
    expect(candidates.map((c) => c.personName).sort()).toEqual(['冯建华', '吴俊', '李娜', '黄佳怡'].sort());
    expect(candidates.find((c) => c.personId === named)!.orgPath).toEqual([
      f.district('HZ-XH').id,
      f.seeded.cityId,
    ]);
    await trainer.exams.cancel({ id });
  });
});
