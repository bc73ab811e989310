// Approvals reach people (表单审批): a reminder (催办, the deadline job's, an escalation) tells the people and role
// holders it names, an approval's end tells its submitter; a complaint passing its time limit (投诉超时升级) tells
// the holders of the role it went up to — each once however often the event is delivered.
import type { OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalService } from '../module.ts';
import { portalEventsFixture, type PortalEventsFixture } from '../testing/events.ts';

let t: PortalEventsFixture;
let f: OrgFixture;
let service: PortalService;
const clock = { now: new Date('2026-11-23T02:00:00Z') };

beforeAll(async () => {
  t = await portalEventsFixture(clock, {
    outbound: { send: async () => undefined },
  });
  ({ f, service } = t);
}, 120_000);
afterAll(() => t.close());

const personOf = (username: string) => t.personOf(username);
const deliver: PortalEventsFixture['deliver'] = (...args) => t.deliver(...args);
const rowsOf = (eventId: string) =>
  service.prisma.notification.findMany({ where: { sourceEventId: eventId }, orderBy: { personId: 'asc' } });

const subject = () => ({
  instanceId: crypto.randomUUID(),
  subjectType: 'submission',
  subjectId: crypto.randomUUID(),
  title: '请假申请（赵雪）',
});

describe('approval notifications', () => {
  it('tells a reminded approver and the holders of a reminded role slot, once however often delivered', async () => {
    const eventId = crypto.randomUUID();
    const about = subject();
    const district = f.seeded.districts.find((d) =>
      f.seeded.districtSupervisors[d.code]?.some((p) => p.id === personOf('sc.sup')),
    )!;
    const payload = {
      ...about,
      to: [{ personId: personOf('hubin.mgr') }, { role: 'district_supervisor', orgNodeId: district.id }],
      byId: personOf('hubin.clerk'),
      escalated: true,
      at: clock.now.toISOString(),
    };
    await Promise.all([
      deliver('notify-approval-reminded', eventId, payload),
      deliver('notify-approval-reminded', eventId, payload),
    ]);
    await deliver('notify-approval-reminded', eventId, payload, 2);

    const rows = await rowsOf(eventId);
    expect(rows.map((r) => r.personId).sort()).toEqual(['hubin.mgr', 'sc.sup'].map(personOf).sort());
    expect(rows[0]).toMatchObject({
      kind: 'APPROVAL_REMINDED',
      title: about.title,
      area: 'forms',
      link: `/forms/submissions/${about.subjectId}`,
      params: { escalated: true },
    });
  });

  it('tells the submitter the outcome once, and nobody of their own withdrawal', async () => {
    const approved = crypto.randomUUID();
    const payload = {
      ...subject(),
      subjectType: 'policy-revision',
      outcome: 'APPROVED',
      submitterId: personOf('hubin.clerk'),
      completedAt: clock.now.toISOString(),
    };
    await deliver('notify-approval-completed', approved, payload);
    await deliver('notify-approval-completed', approved, payload, 2);
    const rows = await rowsOf(approved);
    expect(rows.map((r) => [r.personId, r.kind, r.link])).toEqual([
      [personOf('hubin.clerk'), 'APPROVAL_COMPLETED', `/forms/approvals/${payload.instanceId}`],
    ]);

    const withdrawn = crypto.randomUUID();
    await deliver('notify-approval-completed', withdrawn, { ...payload, outcome: 'WITHDRAWN' });
    expect(await rowsOf(withdrawn)).toEqual([]);
  });

  it('tells each person copied in (抄送) who copied them, once however often delivered', async () => {
    const eventId = crypto.randomUUID();
    const payload = {
      ...subject(),
      people: [
        { personId: personOf('hubin.mgr'), name: '李娜' },
        { personId: personOf('sc.sup'), name: '区县督导' },
      ],
      byId: personOf('hubin.clerk'),
      byName: '赵雪',
      at: clock.now.toISOString(),
    };
    await Promise.all([
      deliver('notify-approval-copied', eventId, payload),
      deliver('notify-approval-copied', eventId, payload),
    ]);
    await deliver('notify-approval-copied', eventId, payload, 2);

    const rows = await rowsOf(eventId);
    expect(rows.map((r) => r.personId).sort()).toEqual(['hubin.mgr', 'sc.sup'].map(personOf).sort());
    expect(rows.map((r) => r.personId)).not.toContain(personOf('hubin.clerk'));
    expect(rows[0]).toMatchObject({
      kind: 'APPROVAL_COPIED',
      title: payload.title,
      area: 'forms',
      link: `/forms/submissions/${payload.subjectId}`,
      params: { senderName: '赵雪' },
    });
  });

  it('tells the district supervisors a complaint was escalated to, once however often delivered', async () => {
    const eventId = crypto.randomUUID();
    const hubin = f.seeded.districts.flatMap((d) => d.halls).find((h) => h.code === 'HZ-SC-01')!;
    const district = f.seeded.districts.find((d) => d.halls.some((h) => h.id === hubin.id))!;
    const payload = {
      complaintId: crypto.randomUUID(),
      number: 7,
      hallId: hubin.id,
      hallName: hubin.name,
      category: 'SERVICE',
      level: 'DISTRICT',
      to: { role: 'district_supervisor', orgNodeId: district.id },
      dueAt: '2026-11-24T02:00:00.000Z',
      at: clock.now.toISOString(),
    };
    await Promise.all([
      deliver('notify-complaint-escalated', eventId, payload),
      deliver('notify-complaint-escalated', eventId, payload),
    ]);
    await deliver('notify-complaint-escalated', eventId, payload, 2);

    const rows = await rowsOf(eventId);
    const supervisors = f.seeded.districtSupervisors[district.code]!.map((p) => p.id);
    expect(rows.map((r) => r.personId).sort()).toEqual([...supervisors].sort());
    expect(rows.map((r) => r.personId)).toContain(personOf('sc.sup'));
    expect(rows.map((r) => r.personId)).not.toContain(personOf('hubin.mgr'));
    expect(rows[0]).toMatchObject({
      kind: 'COMPLAINT_ESCALATED',
      title: `#7 ${hubin.name}`,
      area: 'forms',
      link: `/forms/complaints/${payload.complaintId}`,
      params: { hallName: hubin.name, deadline: payload.dueAt },
    });
  });
});
