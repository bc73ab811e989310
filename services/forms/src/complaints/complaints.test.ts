// Complaints as cases against PostgreSQL: a case from the counter to closing with its history, evidence and event;
// the contact shown only to its handlers; the escalation job once however many run at once; the to-do inbox; counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalsFixture, type ApprovalsFixture } from '../approvals/test-fixture.ts';
import { readFormFile } from '../files/form-files.ts';
import { monthWindow } from './counts.ts';
import { processComplaintEscalations } from './escalation-job.ts';

const HOUR = 3_600_000;
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46];
const CONTACT = '13812345678';

let f: ApprovalsFixture;
beforeAll(async () => {
  f = await approvalsFixture();
}, 120_000);
afterAll(() => f?.close());

const hubin = () => f.hall('HZ-SC-01');
const upload = (orgNodeId: string) => {
  const form = new FormData();
  form.set('orgNodeId', orgNodeId);
  form.set('file', new File([new Uint8Array(JPEG)], '收据.jpg'));
  return form;
};
const take = async (username = 'hubin.clerk', over: Record<string, unknown> = {}) =>
  (await f.as(username)).complaints.take({
    hallId: hubin().id,
    customerName: '王先生',
    contact: CONTACT,
    channel: 'HALL',
    category: 'SERVICE',
    description: `排队四十分钟无人引导 ${crypto.randomUUID().slice(0, 6)}`,
    ...over,
  });
const events = async (type: string, complaintId: string) =>
  (await f.forms.prisma.outboxEvent.findMany({ where: { type }, orderBy: { occurredAt: 'asc' } }))
    .map((e) => e.payload as { complaintId: string; level?: string })
    .filter((p) => p.complaintId === complaintId);

// Many calls each on a loaded machine: room beyond the default 20 s.
describe('a complaint case (against PostgreSQL)', { timeout: 120_000 }, () => {
  it('is taken at the counter with evidence, investigated, resolved, answered, followed up twice and closed', async () => {
    const clerk = await f.as('hubin.clerk');
    const evidence = await clerk.submissions.uploadFile(upload(hubin().id));
    const taken = await take('hubin.clerk', { evidenceFileIds: [evidence.id] });
    expect(taken).toMatchObject({
      status: 'RECEIVED',
      level: 'HALL',
      contact: CONTACT,
      contactMasked: false,
    });
    expect(taken.dueAt).toEqual(new Date(f.clock.now.getTime() + 24 * HOUR));
    expect(taken.evidence).toEqual([expect.objectContaining({ id: evidence.id, url: evidence.url })]);

    const mgr = await f.as('hubin.mgr');
    const duty = await f.as('hubin.duty');
    const assignee = f.person('hubin.duty');
    const responsible = f.person('hubin.clerk');
    const id = taken.id;
    expect((await mgr.complaints.get({ id })).nextSteps).toEqual(['CLASSIFY']);
    await mgr.complaints.classify({ id, category: 'BUSINESS', assignee });
    await duty.complaints.investigate({ id, note: '调取叫号记录与录像' });
    await duty.complaints.resolve({
      id,
      responsibility: '引导岗缺位',
      measures: '高峰增设引导',
      responsiblePerson: responsible,
    });
    await duty.complaints.feedback({ id, note: '已当面致歉并说明' });
    expect(
      (await duty.complaints.followUp({ id, satisfaction: 'UNSATISFIED', note: '仍不满意' })).status,
    ).toBe('INVESTIGATING');
    await duty.complaints.investigate({ id, note: '补充调查' });
    await duty.complaints.resolve({
      id,
      responsibility: '引导岗缺位',
      measures: '高峰增设引导',
      responsiblePerson: responsible,
    });
    await duty.complaints.feedback({ id, note: '赠送流量包并再次说明' });
    await duty.complaints.followUp({ id, satisfaction: 'SATISFIED', note: '客户满意' });
    await expect(duty.complaints.close({ id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'forms.complaints.notManager' },
    });
    const closed = await mgr.complaints.close({ id, note: '结案' });
    expect(closed).toMatchObject({ status: 'CLOSED', category: 'BUSINESS', responsible, nextSteps: [] });
    expect(closed.history.map((h) => h.action)).toEqual([
      'INTAKE',
      'CLASSIFY',
      'INVESTIGATE',
      'RESOLVE',
      'FEEDBACK',
      'FOLLOW_UP',
      'INVESTIGATE',
      'RESOLVE',
      'FEEDBACK',
      'FOLLOW_UP',
      'CLOSE',
    ]);
    expect(closed.history[1]).toMatchObject({
      actor: f.person('hubin.mgr'),
      fromStatus: 'RECEIVED',
      toStatus: 'CLASSIFIED',
    });
    expect(await events('forms.complaint.closed', id)).toEqual([
      expect.objectContaining({
        hallId: hubin().id,
        responsiblePersonId: responsible.personId,
        escalated: false,
      }),
    ]);
    await expect(mgr.complaints.investigate({ id, note: '再看看' })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: {
        code: 'forms.complaints.wrongStatus',
        params: { status: { code: 'forms.complaintStatus.CLOSED' } },
      },
    });
    await expect(
      f.forms.prisma.complaintHistory.updateMany({ where: { complaintId: id }, data: { note: '改写' } }),
    ).rejects.toThrow(/append-only/);

    // The evidence opens for the hall's manager (who reads the case), not for another hall's.
    const ctxOf = async (u: string) => (await f.contextOf(u)) as Parameters<typeof readFormFile>[1];
    expect(await readFormFile(f.forms.deps, await ctxOf('hubin.mgr'), evidence.id)).not.toBeNull();
    expect(await readFormFile(f.forms.deps, await ctxOf('nanxing.mgr'), evidence.id)).toBeNull();
  });

  it('refuses a hall the caller does not serve, evidence not their own upload, and outsiders', async () => {
    const mgrUpload = await (await f.as('hubin.mgr')).submissions.uploadFile(upload(hubin().id));
    const before = await f.forms.prisma.complaint.count();
    await expect(take('nanxing.mgr')).rejects.toMatchObject({
      cause: { code: 'forms.complaints.takeDenied' },
    });
    await expect(take('hubin.clerk', { evidenceFileIds: [mgrUpload.id] })).rejects.toMatchObject({
      cause: { code: 'forms.complaints.evidenceUnknown' },
    });
    expect(await f.forms.prisma.complaint.count()).toBe(before);
    const { id } = await take();
    await expect((await f.as('nanxing.mgr')).complaints.get({ id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      (await f.as('nanxing.mgr')).complaints.classify({
        id,
        category: 'SERVICE',
        assignee: f.person('hubin.duty'),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await (await f.as('trainer')).complaints.list({})).items).toEqual([]);
  });

  it('shows the contact to its handlers only, and to a supervisor once it is escalated to them — once however many runs', async () => {
    const start = f.clock.now;
    const at = (hours: number) => (f.clock.now = new Date(start.getTime() + hours * HOUR));
    const { id } = await take('hubin.clerk');
    await (
      await f.as('hubin.mgr')
    ).complaints.classify({ id, category: 'SERVICE', assignee: f.person('hubin.duty') });
    const contactSeenBy = async (u: string) => (await (await f.as(u)).complaints.get({ id })).contact;
    const masked = '138****5678';
    expect(await contactSeenBy('hubin.clerk')).toBe(CONTACT);
    expect(await contactSeenBy('hubin.mgr')).toBe(CONTACT);
    expect(await contactSeenBy('hubin.duty')).toBe(CONTACT);
    expect(await contactSeenBy('sc.sup')).toBe(masked);
    expect(await contactSeenBy('city.sup')).toBe(masked);
    expect(await contactSeenBy('leader')).toBe(masked);
    const listed = await (await f.as('sc.sup')).complaints.list({ q: '排队' });
    expect(listed.items.find((c) => c.id === id)).toMatchObject({ contact: masked, contactMasked: true });

    at(23);
    expect(await processComplaintEscalations(f.forms.deps)).toBe(0);
    at(24);
    // Every case due (this one and the earlier tests' still open) moves once, however many runs share the work.
    const due = await f.forms.prisma.complaint.count({
      where: { status: { not: 'CLOSED' }, level: 'HALL', dueAt: { lte: f.clock.now } },
    });
    const runs = await Promise.all([1, 2, 3].map(() => processComplaintEscalations(f.forms.deps)));
    expect(runs.reduce((a, b) => a + b)).toBe(due);
    const escalated = await (await f.as('sc.sup')).complaints.get({ id });
    expect(escalated).toMatchObject({
      level: 'DISTRICT',
      contact: CONTACT,
      overdue: false,
      nextSteps: ['CLASSIFY', 'INVESTIGATE'],
    });
    expect(escalated.history.filter((h) => h.action === 'ESCALATE')).toHaveLength(1);
    expect(await events('forms.complaint.escalated', id)).toEqual([
      expect.objectContaining({ level: 'DISTRICT' }),
    ]);
    expect(await contactSeenBy('city.sup')).toBe(masked);
    const inbox = await (await f.as('sc.sup')).pending.mine({});
    expect(inbox.items.find((i) => i.route.path === `complaints/${id}`)).toMatchObject({
      kind: 'complaint.classify',
      kindLabel: { 'zh-CN': '分派投诉', en: 'Assign a complaint' },
    });
    expect((await (await f.as('hubin.duty')).pending.mine({})).items.map((i) => i.route.path)).toContain(
      `complaints/${id}`,
    );
    expect(
      (await (await f.as('sc.sup')).complaints.list({ escalated: true })).items.map((c) => c.id),
    ).toContain(id);

    at(48);
    await processComplaintEscalations(f.forms.deps);
    expect((await (await f.as('city.sup')).complaints.get({ id })).level).toBe('CITY');
    expect(await contactSeenBy('city.sup')).toBe(CONTACT);
    at(200);
    expect(await processComplaintEscalations(f.forms.deps)).toBe(0);
    expect(
      (await (await f.as('city.sup')).complaints.list({ overdue: true })).items.map((c) => c.id),
    ).toContain(id);
  });

  it('counts a month’s complaints per hall and per responsible person, within the caller’s scope', async () => {
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
    })
      .format(f.clock.now)
      .slice(0, 7);
    const { id } = await take();
    const mgr = await f.as('hubin.mgr');
    await mgr.complaints.classify({ id, category: 'PRODUCT', assignee: f.person('hubin.mgr') });
    await mgr.complaints.investigate({ id, note: '手机质量问题' });
    await mgr.complaints.resolve({
      id,
      responsibility: '厂商',
      measures: '换机',
      responsiblePerson: f.person('hubin.duty'),
    });
    const counts = await (await f.as('city.sup')).complaints.counts({ month });
    const total = await f.forms.prisma.complaint.count({ where: { hallId: hubin().id } });
    expect(counts.halls.find((h) => h.hallId === hubin().id)?.total).toBeGreaterThan(0);
    expect(counts.people.find((p) => p.personId === f.person('hubin.duty').personId)?.total).toBe(1);
    expect((await (await f.as('nanxing.mgr')).complaints.counts({ month })).halls).toEqual([]);
    expect(total).toBeGreaterThan(0);
    await expect((await f.as('city.sup')).complaints.counts({ month: '2026-13' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('lists the complaints it counts: exactly the month’s within scope, and the responsible clerk opens hers', async () => {
    const chinaMonth = (at: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
        .format(at)
        .slice(0, 7);
    const month = chinaMonth(f.clock.now);
    const district = (code: string) => f.seeded.districts.find((d) => d.code === code)!;
    const duty = f.person('hubin.duty');
    const zhao = f.person('hubin.clerk');
    // Cases as forms keeps them once resolved: taken in by the duty manager, so the clerk handles none of them.
    const kept = (
      hallCode: string,
      districtCode: string,
      responsible: typeof zhao | null,
      receivedAt: Date,
    ) =>
      f.forms.prisma.complaint.create({
        data: {
          hallId: f.hall(hallCode).id,
          hallName: f.hall(hallCode).name,
          districtId: district(districtCode).id,
          cityId: f.seeded.cityId,
          customerName: '钱女士',
          contact: CONTACT,
          channel: 'PHONE',
          category: 'BUSINESS',
          description: '话费多扣',
          evidence: [],
          status: 'RESOLVED',
          dueAt: new Date(receivedAt.getTime() + 48 * HOUR),
          intakeById: duty.personId,
          intakeByName: duty.name,
          responsibleId: responsible?.personId ?? null,
          responsibleName: responsible?.name ?? null,
          receivedAt,
        },
      });
    const hers = await kept('HZ-SC-01', 'HZ-SC', zhao, f.clock.now);
    const dutys = await kept('HZ-SC-01', 'HZ-SC', duty, f.clock.now);
    const westLake = await kept('HZ-XH-01', 'HZ-XH', zhao, f.clock.now);
    const { from } = monthWindow(month);
    const lastMonth = await kept('HZ-SC-01', 'HZ-SC', zhao, new Date(from.getTime() - 1));
    expect(chinaMonth(lastMonth.receivedAt)).not.toBe(month);

    const listed = (counts: { halls: { complaints: { id: string }[] }[] }) =>
      counts.halls.flatMap((h) => h.complaints.map((c) => c.id)).sort();
    const monthOf = async (districtCode?: string) =>
      (
        await f.forms.prisma.complaint.findMany({
          where: {
            receivedAt: { gte: from, lt: monthWindow(month).to },
            ...(districtCode ? { districtId: district(districtCode).id } : {}),
          },
          select: { id: true },
        })
      )
        .map((row) => row.id)
        .sort();

    // 上城区's supervisor: every case of the month in the district, and 西湖区's never.
    const shangcheng = await (await f.as('sc.sup')).complaints.counts({ month });
    expect(listed(shangcheng)).toEqual(await monthOf('HZ-SC'));
    expect(listed(shangcheng)).not.toContain(westLake.id);
    expect(listed(shangcheng)).not.toContain(lastMonth.id);
    const hubin = shangcheng.halls.find((h) => h.hallId === f.hall('HZ-SC-01').id)!;
    expect(hubin.complaints.length).toBe(hubin.total);
    expect(hubin.complaints.find((c) => c.id === hers.id)).toEqual({
      id: hers.id,
      number: hers.number,
      receivedAt: hers.receivedAt,
      category: 'BUSINESS',
      title: `投诉 #${hers.number}（业务类）`,
    });
    // 赵雪's are hers of the month within the district: not 西湖区's (outside it), not last month's.
    expect(shangcheng.people.find((p) => p.personId === zhao.personId)?.complaints.map((c) => c.id)).toEqual([
      hers.id,
    ]);
    // The city supervisor narrowed to 上城区 reads the same; over the city, 西湖区's too.
    const city = await f.as('city.sup');
    expect(listed(await city.complaints.counts({ month, orgNodeId: district('HZ-SC').id }))).toEqual(
      await monthOf('HZ-SC'),
    );
    const wholeCity = await city.complaints.counts({ month });
    expect(listed(wholeCity)).toEqual(await monthOf());
    expect(
      wholeCity.people
        .find((p) => p.personId === zhao.personId)
        ?.complaints.map((c) => c.id)
        .sort(),
    ).toEqual([hers.id, westLake.id].sort());
    // A clerk's own read is no unit's: she counts nothing.
    expect((await (await f.as('hubin.clerk')).complaints.counts({ month })).halls).toEqual([]);

    // The clerk opens the case counted against her — its facts, the contact masked, no step hers — and lists it;
    // the duty manager's she does not read at all.
    const clerk = await f.as('hubin.clerk');
    expect(await clerk.complaints.get({ id: hers.id })).toMatchObject({
      id: hers.id,
      contact: '138****5678',
      contactMasked: true,
      handles: false,
      nextSteps: [],
      responsible: zhao,
    });
    expect((await clerk.complaints.list({ pageSize: 100 })).items.map((c) => c.id)).toContain(hers.id);
    await expect(clerk.complaints.get({ id: dutys.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await clerk.complaints.list({ pageSize: 100 })).items.map((c) => c.id)).not.toContain(dutys.id);
  });
});
