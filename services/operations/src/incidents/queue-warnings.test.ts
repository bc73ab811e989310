import { randomUUID } from 'node:crypto';
import type { QueueWarningPayload } from '@duda/contract-inspection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outagePlan } from '../plans/outage-plan.testing.ts';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';
import { queueWarningSubscriptions } from './queue-warnings.ts';

let t: LedgerFixture;
let crowdingPlanId: string;
let outagePlanId: string;

// 10:00 on 10 May 2026, China time.
const START = new Date('2026-05-10T02:00:00Z');
const minutesLater = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = await ledgerFixture(START);
  outagePlanId = (await outagePlan(t)).plan.id;
  const template = await (
    await t.as('city.sup')
  ).plans.saveTemplate({
    kind: 'CROWDING',
    title: '客流拥堵应急预案',
    activation: '出现二级排队预警',
    escalateAt: 3,
    steps: [
      { text: '增开柜台', role: 'duty_manager' },
      { text: '引导客户使用自助终端', role: 'manager_assistant' },
    ],
    contacts: [],
  });
  crowdingPlanId = (
    await (await t.as('hubin.mgr')).plans.adopt({ templateId: template.id, orgNodeId: t.hall('HZ-SC-01').id })
  ).id;
});
afterAll(() => t.close());

/** A warning as inspection tells it, for a hall of 上城区. */
const warningOf = (
  code: string,
  at: Date,
  fields: Partial<QueueWarningPayload> = {},
): QueueWarningPayload => {
  const district = t.f.seeded.districts.find((d) => d.halls.some((h) => h.code === code))!;
  const hall = t.hall(code);
  return {
    warningId: randomUUID(),
    hallId: hall.id,
    hallName: hall.name,
    districtId: district.id,
    cityId: t.f.seeded.cityId,
    level: 2,
    waitingCustomers: 15,
    openCounters: 4,
    at: at.toISOString(),
    acknowledgedAt: null,
    ...fields,
  };
};

/** Delivers an event to operations' subscriber of its type, as pg-boss would (the same event id on a redelivery). */
async function deliver(
  type: 'queue.warning.raised' | 'queue.warning.acknowledged',
  payload: QueueWarningPayload,
  id = randomUUID(),
) {
  const subscription = queueWarningSubscriptions(t.service.deps).find((s) => s.eventType === type)!;
  await subscription.deliver(
    { id, type, occurredAt: t.clock.now.toISOString(), payload: { ...payload } },
    { subscriber: `operations.${subscription.name}`, attempt: 1 },
  );
  return id;
}

const todos = async (username: string) =>
  (await (await t.as(username)).pending.mine({})).items
    .filter((item) => item.kind.startsWith('queueWarning.'))
    .map((item) => `${item.kind} ${item.route.path}`);

describe('a second-level queue warning offers the hall’s crowding plan', () => {
  let first: QueueWarningPayload;
  let incidentId: string;

  it('is one to-do of the hall’s managers, however often the event comes; a first-level one offers nothing', async () => {
    first = warningOf('HZ-SC-01', minutesLater(-5));
    const eventId = await deliver('queue.warning.raised', first);
    await deliver('queue.warning.raised', first, eventId);
    await deliver('queue.warning.raised', warningOf('HZ-SC-01', minutesLater(-2), { level: 1 }));
    const offer = `queueWarning.start incidents/start?plan=${crowdingPlanId}&warning=${first.warningId}`;
    expect(await todos('hubin.mgr')).toEqual([offer]);
    expect(await todos('hubin.duty')).toEqual([offer]);
    expect(await todos('hubin.clerk')).toEqual([]);
    expect(await todos('sc.sup')).toEqual([]);
    expect(await t.service.prisma.queueWarning.count()).toBe(1);
    const item = (await (await t.as('hubin.mgr')).pending.mine({})).items.find(
      (i) => i.kind === 'queueWarning.start',
    );
    expect(item?.title).toBe('二级排队预警（等候 15 人 / 开放 4 个窗口，09:55）');
  });

  it('asks a hall without a crowding plan to adopt one', async () => {
    await deliver('queue.warning.raised', warningOf('HZ-SC-02', minutesLater(-1)));
    expect(await todos('nanxing.mgr')).toEqual(['queueWarning.adoptPlan plans?kind=CROWDING']);
  });

  it('the start page reads the warning and the plan; another hall does not see it', async () => {
    expect(await (await t.as('hubin.duty')).incidents.warning({ id: first.warningId })).toMatchObject({
      waitingCustomers: 15,
      openCounters: 4,
      at: new Date(first.at),
      state: 'OFFERED',
      plan: { id: crowdingPlanId, title: '客流拥堵应急预案' },
      mayStart: true,
    });
    expect(await (await t.as('hubin.clerk')).incidents.warning({ id: first.warningId })).toMatchObject({
      mayStart: false,
    });
    await expect(
      (await t.as('nanxing.mgr')).incidents.warning({ id: first.warningId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('starting refuses another plan or a drill, and a clerk', async () => {
    const duty = await t.as('hubin.duty');
    await expect(
      duty.incidents.start({ planId: outagePlanId, mode: 'INCIDENT', warningId: first.warningId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '排队预警只能启动客流拥堵预案' });
    await expect(
      duty.incidents.start({ planId: crowdingPlanId, mode: 'DRILL', warningId: first.warningId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      (await t.as('hubin.clerk')).incidents.start({
        planId: crowdingPlanId,
        mode: 'INCIDENT',
        warningId: first.warningId,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.service.prisma.incident.count({ where: { triggerWarningId: { not: null } } })).toBe(0);
  });

  it('the incident records the warning as its trigger, and the to-do is gone; a second start is refused', async () => {
    const duty = await t.as('hubin.duty');
    incidentId = (
      await duty.incidents.start({ planId: crowdingPlanId, mode: 'INCIDENT', warningId: first.warningId })
    ).id;
    expect((await duty.incidents.get({ id: incidentId })).trigger).toEqual({
      id: first.warningId,
      orgNodeId: first.hallId,
      orgName: first.hallName,
      waitingCustomers: 15,
      openCounters: 4,
      at: new Date(first.at),
    });
    expect(await todos('hubin.mgr')).toEqual([]);
    await expect(
      duty.incidents.start({ planId: crowdingPlanId, mode: 'INCIDENT', warningId: first.warningId }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: '该排队预警已启动过应急处置' });
  });

  it('a reading after the start offers again; acknowledged in inspection it does not, in whatever order told', async () => {
    t.clock.now = minutesLater(30);
    const later = warningOf('HZ-SC-01', minutesLater(25));
    await deliver('queue.warning.raised', later);
    expect(await todos('hubin.mgr')).toEqual([
      `queueWarning.start incidents/start?plan=${crowdingPlanId}&warning=${later.warningId}`,
    ]);
    const acknowledged = { ...later, acknowledgedAt: minutesLater(28).toISOString() };
    await deliver('queue.warning.acknowledged', acknowledged);
    await deliver('queue.warning.raised', later);
    expect(await todos('hubin.mgr')).toEqual([]);
    await expect(
      (await t.as('hubin.duty')).incidents.start({
        planId: crowdingPlanId,
        mode: 'INCIDENT',
        warningId: later.warningId,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: '该排队预警已处理，无需再启动应急处置' });

    // Told acknowledged before raised: the raise does not bring it back.
    const early = warningOf('HZ-SC-01', minutesLater(29));
    await deliver('queue.warning.acknowledged', { ...early, acknowledgedAt: minutesLater(30).toISOString() });
    await deliver('queue.warning.raised', early);
    expect(await todos('hubin.mgr')).toEqual([]);
  });

  it('a warning more than four hours old offers nothing', async () => {
    expect(await todos('nanxing.mgr')).toHaveLength(1);
    t.clock.now = minutesLater(4 * 60 + 5);
    expect(await todos('nanxing.mgr')).toEqual([]);
  });
});
