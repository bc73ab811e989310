import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitVisit } from '@duda/service-inspection/testing';
import { writeExam } from '../analysis/test-data.ts';
import { plansFixture, type PlansFixture } from './test-support.ts';

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { code?: string; cause?: { code?: string } }) => error.cause?.code ?? error.code,
  );

describe('training plans', () => {
  let f: PlansFixture;
  let hubin: string;
  const person = (username: string) => f.seeded.demoPeople[username]!.id;

  beforeAll(async () => {
    f = await plansFixture();
    hubin = f.hall('HZ-SC-01').id;
    // November: 湖滨 fails two checklist items in the district's visit, and its people answer the monthly exam.
    await submitVisit(f.inspection, 'sc.sup', hubin, { A01: '台席不整洁', B01: '未首问负责' });
    await writeExam(f, {
      title: '11月全市月考',
      questions: [
        { point: '套餐资费', points: 1 },
        { point: '套餐资费', points: 1 },
        { point: '宽带业务', points: 2 },
      ],
      marks: {
        HZ10101: [1, 1, 2],
        HZ10102: [1, 0, 1],
        HZ10103: [0, 1, 0],
        HZ10110: [1, 0, 0],
        HZ10201: [1, 1, 1], // 南星
      },
    });
    f.clock.now = new Date('2026-12-02T02:00:00Z');
  }, 120_000);
  afterAll(() => f?.close());

  it('drafts a hall’s plan from its weak points and its short staves of the month before', async () => {
    const plan = await (await f.as('hubin.mgr')).plans.draft({ orgNodeId: hubin, month: '2026-12' });
    expect(plan).toMatchObject({ status: 'DRAFT', level: 'hall', orgName: '湖滨营业厅' });
    expect(plan.topics).toEqual([
      expect.objectContaining({
        source: 'KNOWLEDGE_POINT',
        title: '宽带业务',
        reason: { kind: 'facility', facility: 37.5, cityFacility: 40 },
      }),
      expect.objectContaining({
        source: 'KNOWLEDGE_POINT',
        title: '套餐资费',
        reason: { kind: 'facility', facility: 62.5, cityFacility: 70 },
      }),
      expect.objectContaining({
        key: 'item:A01',
        source: 'SHORT_STAVE',
        reason: { kind: 'failures', failed: 1 },
      }),
      expect.objectContaining({
        key: 'item:B01',
        source: 'SHORT_STAVE',
        reason: { kind: 'failures', failed: 1 },
      }),
    ]);
    expect(await code((await f.as('hubin.mgr')).plans.draft({ orgNodeId: hubin, month: '2026-12' }))).toBe(
      'training.plans.exists',
    );
  });

  it('lets only the unit’s own lead draft: the trainer the city, not a district or hall', async () => {
    const trainer = await f.as('trainer');
    expect(await code(trainer.plans.draft({ orgNodeId: f.district('HZ-SC').id, month: '2026-12' }))).toBe(
      'training.plans.manageDenied',
    );
    expect(await code((await f.as('sc.sup')).plans.draft({ orgNodeId: hubin, month: '2026-12' }))).toBe(
      'training.plans.manageDenied',
    );
    // The trainer reads the city's short staves as a reader of its monthly notices.
    const city = await trainer.plans.draft({ orgNodeId: f.seeded.cityId, month: '2026-12' });
    expect(city.topics.filter((t) => t.source === 'SHORT_STAVE').map((t) => t.key)).toEqual([
      'item:A01',
      'item:B01',
    ]);
  });

  it('schedules sessions within the month, publishes, takes attendance and closes', async () => {
    const mgr = await f.as('hubin.mgr');
    const [plan] = await mgr.plans.list({ orgNodeId: hubin, month: '2026-12' });
    const topic = (await mgr.plans.get({ id: plan!.id })).topics[0]!.key;
    const session = {
      planId: plan!.id,
      startsAt: new Date('2026-12-08T07:00:00Z'),
      endsAt: new Date('2026-12-08T08:30:00Z'),
      place: '湖滨营业厅会议室',
      trainerId: person('hubin.mgr'),
      topicKeys: [topic],
      materials: [{ text: '宽带资费讲义' }],
      participantIds: [person('hubin.clerk'), person('hubin.duty')],
    };
    expect(await code(mgr.plans.publish({ id: plan!.id }))).toBe('training.plans.noSessions');
    expect(
      await code(mgr.plans.saveSession({ ...session, startsAt: new Date('2026-11-30T07:00:00Z') })),
    ).toBe('training.plans.sessionOutsideMonth');
    expect(await code(mgr.plans.saveSession({ ...session, topicKeys: ['own:x'] }))).toBe(
      'training.plans.unknownTopic',
    );
    const saved = await mgr.plans.saveSession(session);
    const sessionId = saved.sessions[0]!.id;
    expect(saved.sessions[0]!.attendance.map((a) => a.status)).toEqual([null, null]);
    const marks = [{ personId: person('hubin.clerk'), status: 'PRESENT' as const }];
    expect(await code(mgr.plans.attendance({ sessionId, marks }))).toBe(
      'training.plans.attendanceNotPublished',
    );

    expect((await mgr.plans.publish({ id: plan!.id })).status).toBe('PUBLISHED');
    expect(await code(mgr.plans.publish({ id: plan!.id }))).toBe('training.plans.wrongStatus');
    expect(
      await code(
        mgr.plans.attendance({ sessionId, marks: [{ personId: person('nanxing.mgr'), status: 'PRESENT' }] }),
      ),
    ).toBe('training.plans.notParticipant');
    await mgr.plans.attendance({
      sessionId,
      marks: [...marks, { personId: person('hubin.duty'), status: 'ABSENT' }],
    });
    // Another hall neither reads the plan nor takes its attendance; the district reads it.
    const nanxing = await f.as('nanxing.mgr');
    expect(await code(nanxing.plans.get({ id: plan!.id }))).toBe('training.plans.notFound');
    expect(await code(nanxing.plans.attendance({ sessionId, marks }))).toBe('training.plans.sessionNotFound');
    expect(await code((await f.as('sc.sup')).plans.attendance({ sessionId, marks }))).toBe(
      'training.plans.manageDenied',
    );
    expect((await (await f.as('sc.sup')).plans.list({ month: '2026-12' })).map((p) => p.orgName)).toContain(
      '湖滨营业厅',
    );

    f.clock.now = new Date('2026-12-09T02:00:00Z');
    const [summary] = (await mgr.plans.monthSummary({ month: '2026-12' })).filter((p) => p.id === plan!.id);
    expect(summary).toMatchObject({ sessionsPlanned: 1, sessionsHeld: 1, attendanceRate: 50 });
    const ledger = await (await f.as('trainer')).analysis.ledger({ month: '2026-12' });
    expect(ledger.trainingPlans.find((p) => p.id === plan!.id)).toEqual(summary);

    await mgr.plans.close({ id: plan!.id });
    expect(await code(mgr.plans.saveTopics({ id: plan!.id, topics: [] }))).toBe('training.plans.notEditable');
    expect(await code(mgr.plans.attendance({ sessionId, marks }))).toBe('training.plans.notEditable');
  });

  it('drops a removed topic from the sessions that covered it', async () => {
    const trainer = await f.as('trainer');
    const [plan] = await trainer.plans.list({ orgNodeId: f.seeded.cityId, month: '2026-12' });
    const full = await trainer.plans.get({ id: plan!.id });
    const [first, ...rest] = full.topics;
    await trainer.plans.saveSession({
      planId: plan!.id,
      startsAt: new Date('2026-12-15T06:00:00Z'),
      endsAt: new Date('2026-12-15T08:00:00Z'),
      trainerId: person('trainer'),
      topicKeys: [first!.key, rest[0]!.key],
      participantIds: [person('hubin.mgr'), person('nanxing.mgr')],
    });
    const saved = await trainer.plans.saveTopics({
      id: plan!.id,
      topics: [...rest, { key: 'own:服务礼仪', source: 'OWN', title: '服务礼仪', reason: null }],
    });
    expect(saved.sessions[0]!.topicKeys).toEqual([rest[0]!.key]);
    expect(saved.topics.at(-1)).toMatchObject({ source: 'OWN', title: '服务礼仪' });
  });

  it('adds everyone with a role under a unit to a session, within the keeper’s scope and a session’s size', async () => {
    const trainer = await f.as('trainer');
    const [plan] = await trainer.plans.list({ orgNodeId: f.seeded.cityId, month: '2026-12' });
    const managers = await trainer.plans.peopleByRole({
      planId: plan!.id,
      orgNodeId: f.district('HZ-SC').id,
      role: 'hall_manager',
    });
    expect(managers.map((p) => p.id)).toEqual(
      expect.arrayContaining([person('hubin.mgr'), person('nanxing.mgr')]),
    );
    expect(managers.map((p) => p.id)).not.toContain(person('hubin.clerk'));
    expect(managers.map((p) => p.id)).not.toContain(person('xh.sup'));
    // Only a plan's keeper looks people up for it: 上城区 reads 湖滨's plan, 湖滨's manager keeps it.
    const [hubinPlan] = await (await f.as('sc.sup')).plans.list({ orgNodeId: hubin, month: '2026-12' });
    expect(
      await code(
        (await f.as('sc.sup')).plans.peopleByRole({
          planId: hubinPlan!.id,
          orgNodeId: f.district('HZ-SC').id,
          role: 'hall_manager',
        }),
      ),
    ).toBe('training.plans.manageDenied');
    // 南星 takes on 301 clerks: more than one session holds.
    const nanxing = f.hall('HZ-SC-02').id;
    const hires = Array.from({ length: 301 }, (_, i) => ({
      id: crypto.randomUUID(),
      staffNo: `HZ9${String(i).padStart(4, '0')}`,
      name: `新员工${i}`,
      orgNodeId: nanxing,
      position: '营业员',
      hireDate: new Date('2026-12-01'),
    }));
    await f.org.prisma.person.createMany({ data: hires });
    await f.org.prisma.roleAssignment.createMany({
      data: hires.map((h) => ({ personId: h.id, role: 'clerk' as const, orgNodeId: nanxing })),
    });
    const tooMany = trainer.plans.peopleByRole({ planId: plan!.id, orgNodeId: nanxing, role: 'clerk' });
    await expect(tooMany).rejects.toMatchObject({
      cause: { code: 'training.plans.tooManyPeople', params: { count: 301, max: 300 } },
    });
  });
});
