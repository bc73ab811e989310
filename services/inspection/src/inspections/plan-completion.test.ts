import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import {
  inspectionFixture,
  perfectResults,
  uploadPhoto,
  type InspectionFixture,
} from '../testing/fixture.ts';

// Found in the security review (issue 9): the hall's self-check against the district's planned visit counted
// the visit as done, while the supervisor's task still said to do it.
describe('a plan entry is done only by its planned inspection (against PostgreSQL)', () => {
  let f: InspectionFixture;
  let hubin: { id: string; name: string };
  let entryId: string;
  beforeAll(async () => {
    f = await inspectionFixture();
    hubin = f.hall('HZ-SC-01');
    const supervisor = await f.as('sc.sup');
    const { id } = await supervisor.plans.create({ scopeOrgId: f.district('HZ-SC').id, month: '2026-11' });
    await supervisor.plans.saveEntries({
      id,
      entries: [
        {
          hallId: hubin.id,
          kind: 'MONTHLY_VISIT',
          templateId: f.templates.standardLine,
          inspectorIds: [f.seeded.demoPeople['sc.sup']!.id],
          plannedDate: '2026-11-20',
        },
      ],
    });
    await supervisor.plans.transition({ id, command: { type: 'SUBMIT' } });
    await (await f.as('leader')).plans.transition({ id, command: { type: 'APPROVE' } });
    await supervisor.plans.transition({ id, command: { type: 'PUBLISH' } });
    entryId = (await supervisor.plans.get({ id })).entries[0]!.id;
  });
  afterAll(() => f.close());

  const progress = async () =>
    (await (await f.as('sc.sup')).dashboard({ month: '2026-11', scopeOrgId: hubin.id })).plans;

  const perform = async (username: string, kind: 'SELF_CHECK' | 'MONTHLY_VISIT') => {
    const caller = await f.as(username);
    const photoId = (await uploadPhoto(caller, hubin.id)).id;
    const { id } = await caller.inspections.start({
      clientKey: crypto.randomUUID(),
      hallId: hubin.id,
      kind,
      planEntryId: entryId,
    });
    await caller.inspections.submit({ id, results: perfectResults(CITY_STANDARD_CHECKLIST, photoId) });
  };

  it('does not count the hall’s self-check against the visit, for the plan nor the supervisor’s task', async () => {
    await perform('hubin.mgr', 'SELF_CHECK');
    expect(await progress()).toMatchObject({ planned: 1, done: 0 });
    const tasks = await (await f.as('sc.sup')).inspections.tasks();
    expect(tasks.assigned).toEqual([expect.objectContaining({ entryId, state: 'TODO' })]);
  });

  it('refuses the planned kind by someone the plan does not assign, and another kind', async () => {
    await expect(
      (await f.as('city.sup')).inspections.start({
        clientKey: crypto.randomUUID(),
        hallId: hubin.id,
        kind: 'MONTHLY_VISIT',
        planEntryId: entryId,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('指派') });
    await expect(
      (await f.as('sc.sup')).inspections.start({
        clientKey: crypto.randomUUID(),
        hallId: hubin.id,
        kind: 'CROSS',
        planEntryId: entryId,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('counts the visit once the assigned supervisor has done it', async () => {
    await perform('sc.sup', 'MONTHLY_VISIT');
    expect(await progress()).toMatchObject({ planned: 1, done: 1, rate: 100 });
  });
});
