// The demo complaints on the small organisation: open, one past its limit that the escalation job escalates, closed —
// each history a path the case rules allow — and a second run adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalsFixture, type ApprovalsFixture } from '../approvals/test-fixture.ts';
import { processComplaintEscalations } from './escalation-job.ts';
import { ESCALATED_DEMO_DESCRIPTION, seedComplaintsDemo } from './seed.ts';

let f: ApprovalsFixture;
beforeAll(async () => {
  f = await approvalsFixture();
}, 120_000);
afterAll(() => f?.close());

describe('the complaints demo seed', { timeout: 120_000 }, () => {
  it('writes open, escalated and closed cases with their histories, once', async () => {
    const now = f.clock.now;
    await seedComplaintsDemo(f.forms.prisma, f.seeded, now);
    const overdue = await f.forms.prisma.complaint.findFirstOrThrow({
      where: { description: ESCALATED_DEMO_DESCRIPTION },
    });
    // Left past its limit for the job, which finds it at its next run (the complaint story watches it happen).
    expect(overdue).toMatchObject({ status: 'CLASSIFIED', level: 'HALL', escalatedAt: null });
    expect(overdue.dueAt.getTime()).toBeLessThan(now.getTime());
    expect(await processComplaintEscalations(f.forms.deps)).toBe(1);
    const cases = await f.forms.prisma.complaint.findMany({
      include: { history: { orderBy: { seq: 'asc' } } },
      orderBy: { receivedAt: 'desc' },
    });
    expect(cases.map((c) => [c.status, c.level])).toEqual([
      ['RECEIVED', 'HALL'],
      ['INVESTIGATING', 'HALL'],
      ['CLASSIFIED', 'DISTRICT'],
      ['CLOSED', 'HALL'],
      ['CLOSED', 'DISTRICT'],
    ]);
    const escalated = cases.find((c) => c.description === ESCALATED_DEMO_DESCRIPTION)!;
    expect(escalated.history.map((h) => h.action)).toEqual(['INTAKE', 'CLASSIFY', 'ESCALATE']);
    expect(escalated.dueAt.getTime()).toBeGreaterThan(now.getTime());
    expect(escalated.escalatedAt).toEqual(now);
    const closedLate = cases[4]!;
    expect(closedLate.history.map((h) => h.action)).toContain('ESCALATE');
    expect(closedLate).toMatchObject({ responsibleId: f.person('hubin.clerk').personId });
    expect(closedLate.closedAt).not.toBeNull();
    for (const c of cases) {
      // Each entry starts where the one before ended.
      c.history.slice(1).forEach((h, i) => expect(h.fromStatus).toBe(c.history[i]!.toStatus));
    }

    await seedComplaintsDemo(f.forms.prisma, f.seeded, now);
    expect(await f.forms.prisma.complaint.count()).toBe(cases.length);
  });
});
