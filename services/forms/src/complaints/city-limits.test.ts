// A city's own complaint time limits against PostgreSQL: set by its city supervisor, in force for a case taken in at
// one of its halls and again at each escalation; bad hours, other roles and a unit that is not a city refused with
// nothing written; null goes back to the default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalsFixture, type ApprovalsFixture } from '../approvals/test-fixture.ts';
import { processComplaintEscalations } from './escalation-job.ts';

const HOUR = 3_600_000;
const DEFAULTS = { SERVICE: 24, BUSINESS: 48, PRODUCT: 72 };

let f: ApprovalsFixture;
beforeAll(async () => {
  f = await approvalsFixture();
}, 120_000);
afterAll(() => f?.close());

const city = () => f.seeded.cityId;
const limitsOf = async (username: string) => (await f.as(username)).complaints.limits();
const setLimits = async (username: string, hours: Record<string, unknown>, cityId = city()) =>
  (await f.as(username)).complaints.setLimits({
    cityId,
    hours: { SERVICE: null, BUSINESS: null, PRODUCT: null, ...hours } as never,
  });

describe("a city's own complaint time limits (against PostgreSQL)", { timeout: 120_000 }, () => {
  it('sets the deadline of a case taken in the city and of each escalation', async () => {
    expect(await limitsOf('hubin.clerk')).toMatchObject({ hours: DEFAULTS, own: {} });
    const set = await setLimits('city.sup', { SERVICE: 4, PRODUCT: 96 });
    expect(set).toMatchObject({
      city: { id: city() },
      own: { SERVICE: 4, PRODUCT: 96 },
      hours: { SERVICE: 4, BUSINESS: 48, PRODUCT: 96 },
    });
    // The clerk at the counter sees the city's hours (the intake page shows them).
    expect((await limitsOf('hubin.clerk')).hours).toEqual({ SERVICE: 4, BUSINESS: 48, PRODUCT: 96 });

    const start = f.clock.now;
    const at = (hours: number) => (f.clock.now = new Date(start.getTime() + hours * HOUR));
    const taken = await (
      await f.as('hubin.clerk')
    ).complaints.take({
      hallId: f.hall('HZ-SC-01').id,
      customerName: '吴女士',
      contact: '13900001111',
      channel: 'HALL',
      category: 'SERVICE',
      description: '取号后被跳号',
    });
    expect(taken.dueAt).toEqual(new Date(start.getTime() + 4 * HOUR));

    at(3.9);
    expect(await processComplaintEscalations(f.forms.deps)).toBe(0);
    at(4);
    expect(await processComplaintEscalations(f.forms.deps)).toBe(1);
    const escalated = await (await f.as('sc.sup')).complaints.get({ id: taken.id });
    expect(escalated).toMatchObject({ level: 'DISTRICT', dueAt: new Date(start.getTime() + 8 * HOUR) });
    at(8);
    expect(await processComplaintEscalations(f.forms.deps)).toBe(1);
    expect((await (await f.as('city.sup')).complaints.get({ id: taken.id })).level).toBe('CITY');

    // Back to the defaults: a new case has the standard 24 hours.
    expect((await setLimits('city.sup', {})).hours).toEqual(DEFAULTS);
    expect(await f.forms.prisma.complaintLimit.count()).toBe(0);
  });

  it('refuses hours that are not whole hours from 1 to 720, other roles and a unit that is not a city', async () => {
    await setLimits('city.sup', { BUSINESS: 36 });
    const refusedInput = async (hours: unknown) => {
      const error = (await setLimits('city.sup', { SERVICE: hours }).catch((e: unknown) => e)) as {
        code?: string;
        cause?: { issues?: { path: string[]; message: string }[] };
      };
      expect(error.code).toBe('BAD_REQUEST');
      return error.cause?.issues?.map((i) => [i.path.join('.'), i.message]);
    };
    for (const wrong of [0, 1.5, 721]) {
      expect(await refusedInput(wrong)).toEqual([['hours.SERVICE', 'forms.complaints.limitHours']]);
    }
    await expect(setLimits('sc.sup', { SERVICE: 12 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'forms.complaints.limitsDenied' },
    });
    await expect(setLimits('hubin.mgr', { SERVICE: 12 })).rejects.toMatchObject({
      cause: { code: 'forms.complaints.limitsDenied' },
    });
    await expect(setLimits('city.sup', { SERVICE: 12 }, f.hall('HZ-SC-01').id)).rejects.toMatchObject({
      cause: { code: 'forms.complaints.notACity' },
    });
    // Nothing of the refused calls was written.
    expect((await limitsOf('city.sup')).own).toEqual({ BUSINESS: 36 });
  });
});
