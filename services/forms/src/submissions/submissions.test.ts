import ExcelJS from 'exceljs';
import { formSubmittedPayload } from '@duda/contract-forms';
import { chinaDateOf } from '@duda/month';
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createFormsService, type FormsService } from '../module.ts';
import { seedFormsDemo, type SeededForms } from '../seed/index.ts';

let f: OrgFixture;
let service: FormsService;
let forms: SeededForms;

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = createFormsService({ pool: f.db.pool, org: localServiceClient(f.org.router) });
  forms = await seedFormsDemo(service.prisma, f.seeded);
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));
const hubin = () => f.seeded.districts[0]!.halls[0]!;
const person = (username: string) => {
  const p = f.seeded.demoPeople[username]!;
  return { id: p.id, name: p.name };
};

/** The field paths and codes a refused input carried. */
async function refusal(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { code?: string; cause?: { issues?: { path: string[]; message: string }[] } } | null;
  expect(error?.code).toBe('BAD_REQUEST');
  return (error?.cause?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

const leave = (extra: Record<string, unknown> = {}) => ({
  hall: { id: hubin().id, name: hubin().name },
  applicant: person('hubin.clerk'),
  kind: 'annual',
  period: { start: '2026-12-07', end: '2026-12-09' },
  reason: '回老家探亲',
  ...extra,
});

describe('filling in a form', () => {
  it('keeps a draft across a reload, refuses bad data by field without storing it, then submits and starts the approval', async () => {
    const clerk = await as('hubin.clerk');
    const versionId = forms.versions['表10']!;
    const draft = await clerk.submissions.saveDraft({
      versionId,
      orgNodeId: hubin().id,
      data: { kind: 'sick' },
    });
    expect(draft).toMatchObject({ status: 'DRAFT', code: '表10', version: 1 });
    const reloaded = await clerk.submissions.get({ id: draft.id });
    expect(reloaded.data).toEqual({ kind: 'sick' });
    expect(reloaded.form.uiSchema.fields.some((field) => field.key === 'period')).toBe(true);
    expect((await clerk.submissions.mine({ status: 'DRAFT' })).items.map((s) => s.id)).toContain(draft.id);

    const wrong = leave({ kind: 'sick', period: { start: '2026-12-07', end: '2026-12-10' }, reason: 42 });
    expect(
      await refusal(
        clerk.submissions.submit({ id: draft.id, versionId, orgNodeId: hubin().id, data: wrong }),
      ),
    ).toEqual([
      ['data.reason', 'forms.schema.type'],
      ['data.sickNote', 'forms.rules.required'],
    ]);
    expect((await clerk.submissions.get({ id: draft.id })).status).toBe('DRAFT');
    expect((await clerk.submissions.get({ id: draft.id })).data).toEqual({ kind: 'sick' });

    const submitted = await clerk.submissions.submit({
      id: draft.id,
      versionId,
      orgNodeId: hubin().id,
      data: leave(),
    });
    expect(submitted).toMatchObject({ id: draft.id, status: 'SUBMITTED' });
    expect(submitted.data).toMatchObject({ days: 3, kind: 'annual' });
    expect(
      await service.prisma.approvalInstance.count({
        where: { subjectType: 'submission', subjectId: submitted.id },
      }),
    ).toBe(1);
    // The submission names its approval, so its page shows the history and actions beside the form.
    const approval = await service.prisma.approvalInstance.findFirstOrThrow({
      where: { subjectType: 'submission', subjectId: submitted.id },
    });
    expect((await clerk.submissions.get({ id: submitted.id })).approvalId).toBe(approval.id);
    expect(reloaded.approvalId).toBeNull();
    await expect(
      clerk.submissions.submit({
        id: draft.id,
        versionId: forms.versions['表3']!,
        orgNodeId: hubin().id,
        data: {},
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a second shift for one person on one day (表3), naming the row', async () => {
    const manager = await as('hubin.mgr');
    const shift = (day: string) => ({ person: person('hubin.clerk'), day, shift: 'early' });
    const data = {
      hall: { id: hubin().id, name: hubin().name },
      week: { start: '2026-12-07', end: '2026-12-13' },
      shifts: [shift('2026-12-07'), shift('2026-12-08'), shift('2026-12-07')],
    };
    const versionId = forms.versions['表3']!;
    expect(await refusal(manager.submissions.submit({ versionId, orgNodeId: hubin().id, data }))).toEqual([
      ['data.shifts.2', 'forms.rules.duplicateRow'],
    ]);
  });

  it('refuses a form of a retired version and one for a unit the caller does not belong to', async () => {
    const admin = await as('admin');
    const { uiSchema, dataSchema } = await admin.templates.version({ versionId: forms.versions['表4']! });
    const template = await admin.templates.create({
      orgNodeId: f.seeded.provinceId,
      code: '测试停用',
      name: { 'zh-CN': '停用测试', en: 'Retire test' },
      uiSchema,
      dataSchema,
    });
    const versionId = template.versions[0]!.id;
    const clerk = await as('hubin.clerk');
    await expect(
      clerk.submissions.saveDraft({ versionId, orgNodeId: hubin().id, data: {} }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'forms.submissions.versionNotPublished' },
    });
    await admin.templates.publish({ versionId });
    await admin.templates.retire({ versionId });
    await expect(
      clerk.submissions.submit({ versionId, orgNodeId: hubin().id, data: {} }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'forms.submissions.versionRetired' },
    });
    const nanxing = f.seeded.districts[0]!.halls[1]!;
    await expect(
      clerk.submissions.saveDraft({ versionId: forms.versions['表10']!, orgNodeId: nanxing.id, data: {} }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the event a submission publishes', () => {
  const submitted = (submissionId: string) =>
    service.prisma.outboxEvent.findMany({
      where: {
        type: 'forms.submission.submitted',
        payload: { path: ['submissionId'], equals: submissionId },
      },
    });

  it('records forms.submission.submitted once in the submit transaction; a refused submit records nothing', async () => {
    const clerk = await as('hubin.clerk');
    const versionId = forms.versions['表10']!;
    const draft = await clerk.submissions.saveDraft({ versionId, orgNodeId: hubin().id, data: {} });
    const before = await service.prisma.outboxEvent.count({ where: { type: 'forms.submission.submitted' } });
    await expect(
      clerk.submissions.submit({
        id: draft.id,
        versionId,
        orgNodeId: hubin().id,
        data: leave({ reason: 42 }),
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await service.prisma.outboxEvent.count({ where: { type: 'forms.submission.submitted' } })).toBe(
      before,
    );
    expect(await submitted(draft.id)).toEqual([]);

    const saved = await clerk.submissions.submit({
      id: draft.id,
      versionId,
      orgNodeId: hubin().id,
      data: leave(),
    });
    const events = await submitted(saved.id);
    expect(events).toHaveLength(1);
    const at = saved.submittedAt!;
    expect(events[0]!.payload).toEqual({
      submissionId: saved.id,
      templateId: saved.templateId,
      templateCode: '表10',
      versionId,
      version: 1,
      orgNodeId: hubin().id,
      orgName: hubin().name,
      submitterId: person('hubin.clerk').id,
      submittedAt: at.toISOString(),
      day: chinaDateOf(at),
      month: chinaDateOf(at).slice(0, 7),
    });
    expect(formSubmittedPayload.parse(events[0]!.payload)).toEqual(events[0]!.payload);
  });

  it("names a meeting record's (表4) meeting type, which the portal's meeting duties count by", async () => {
    const manager = await as('hubin.mgr');
    const saved = await manager.submissions.submit({
      versionId: forms.versions['表4']!,
      orgNodeId: hubin().id,
      data: {
        hall: { id: hubin().id, name: hubin().name },
        meetingType: 'weekly',
        date: '2026-11-23',
        host: person('hubin.mgr'),
        topic: '第 48 周工作例会',
        attendees: [{ person: person('hubin.clerk') }],
        minutes: '通报本周放号进度，安排周末高峰排班。',
      },
    });
    const [event] = await submitted(saved.id);
    expect(event!.payload).toMatchObject({ templateCode: '表4', meetingType: 'weekly' });
    expect(formSubmittedPayload.parse(event!.payload)).toEqual(event!.payload);
  });
});

describe('表8, kept as a complaint case', () => {
  const complaintData = () => ({
    hall: { id: hubin().id, name: hubin().name },
    customerName: '王女士',
    contact: '13812345678',
    channel: 'hall',
    category: 'service',
    receivedAt: '2026-11-20',
    description: '等候 40 分钟无人解释。',
  });

  it('is refused as a plain form (submit and draft), naming where to go, and nothing is written', async () => {
    const clerk = await as('hubin.clerk');
    const versionId = forms.versions['表8']!;
    const { templateId } = await service.prisma.formTemplateVersion.findUniqueOrThrow({
      where: { id: versionId },
    });
    const before = await service.prisma.formSubmission.count({ where: { templateId } });
    const events = await service.prisma.outboxEvent.count({ where: { type: 'forms.submission.submitted' } });
    for (const attempt of [
      clerk.submissions.submit({ versionId, orgNodeId: hubin().id, data: complaintData() }),
      clerk.submissions.saveDraft({ versionId, orgNodeId: hubin().id, data: complaintData() }),
    ]) {
      await expect(attempt).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('投诉受理'),
        cause: { code: 'forms.submissions.caseForm', field: 'versionId' },
      });
    }
    expect(await service.prisma.formSubmission.count({ where: { templateId } })).toBe(before);
    expect(await service.prisma.outboxEvent.count({ where: { type: 'forms.submission.submitted' } })).toBe(
      events,
    );
    const fill = await clerk.templates.list({ publishedOnly: true, page: 1, pageSize: 100 });
    expect(fill.items.find((t) => t.code === '表8')?.caseForm).toBe('complaint');
    expect(fill.items.find((t) => t.code === '表10')?.caseForm).toBeNull();
  });

  it('an old 表8 record shows the contact to its handlers only: masked on get, list and export for the rest', async () => {
    const versionId = forms.versions['表8']!;
    const { templateId } = await service.prisma.formTemplateVersion.findUniqueOrThrow({
      where: { id: versionId },
    });
    // A record filled in before complaints became cases, as it may survive in a database.
    const old = await service.prisma.formSubmission.create({
      data: {
        templateId,
        versionId,
        orgNodeId: hubin().id,
        orgName: hubin().name,
        status: 'SUBMITTED',
        data: complaintData(),
        submitterId: person('hubin.clerk').id,
        submitterName: person('hubin.clerk').name,
        submittedAt: new Date(),
      },
    });
    for (const username of ['hubin.clerk', 'hubin.mgr'])
      expect((await (await as(username)).submissions.get({ id: old.id })).data.contact).toBe('13812345678');
    for (const username of ['sc.sup', 'city.sup']) {
      const reader = await as(username);
      expect((await reader.submissions.get({ id: old.id })).data.contact).toBe('138****5678');
      const listed = await reader.submissions.list({ templateId, pageSize: 200 });
      expect(listed.items.find((s) => s.id === old.id)?.data.contact).toBe('138****5678');
      const file = await reader.submissions.export({ templateId });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      const cells = book.getWorksheet('表单记录')!.getSheetValues().flat().map(String);
      expect(cells).toContain('138****5678');
      expect(cells).not.toContain('13812345678');
      // Searching on the contact would tell it too.
      await expect(
        reader.submissions.list({
          templateId,
          filters: [{ field: 'contact', op: 'contains', value: '1234' }],
        }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'filters.0.field' } });
    }
  });
});

describe('who sees a submitted form', () => {
  it('its submitter, its hall, the supervisors above and its approvers; not another hall nor another clerk', async () => {
    const clerk = await as('hubin.clerk');
    const versionId = forms.versions['表10']!;
    const mine = await clerk.submissions.submit({ versionId, orgNodeId: hubin().id, data: leave() });
    for (const username of ['hubin.clerk', 'hubin.mgr', 'sc.sup', 'city.sup']) {
      expect((await (await as(username)).submissions.get({ id: mine.id })).id).toBe(mine.id);
    }
    for (const username of ['nanxing.mgr', 'xh.sup', 'trainer']) {
      await expect((await as(username)).submissions.get({ id: mine.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    const drafted = await (
      await as('hubin.mgr')
    ).submissions.saveDraft({ versionId, orgNodeId: hubin().id, data: {} });
    await expect(clerk.submissions.get({ id: drafted.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect((await as('sc.sup')).submissions.get({ id: drafted.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('the person a record is about (表9’s 谈话对象) reads it; another clerk of the hall does not', async () => {
    const manager = await as('hubin.mgr');
    const talk = await manager.submissions.submit({
      versionId: forms.versions['表9']!,
      orgNodeId: hubin().id,
      data: {
        hall: { id: hubin().id, name: hubin().name },
        staff: person('hubin.clerk'),
        date: '2026-12-01',
        kind: 'performance',
        topic: '绩效申诉面谈',
        content: '核实检查当天不在岗的情况。',
      },
    });
    expect((await (await as('hubin.clerk')).submissions.get({ id: talk.id })).id).toBe(talk.id);
    const other = f.seeded.hallStaff[hubin().code]!.find(
      (p) => p.role === 'clerk' && p.id !== person('hubin.clerk').id,
    )!;
    // A 工号 login that must change its password still reads here: the password is not what is tested.
    const otherClerk = service.router.createCaller({
      ...(await f.contextOf(other.staffNo)),
      passwordChangeRequired: false,
    });
    await expect(otherClerk.submissions.get({ id: talk.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('one form’s records', () => {
  it('filters on the form’s own fields, pages on the server, and exports the filtered rows', async () => {
    const supervisor = await as('city.sup');
    const template = (await supervisor.templates.version({ versionId: forms.versions['表10']! })).templateId;
    const all = await supervisor.submissions.list({ templateId: template, pageSize: 200 });
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.items[0]).toMatchObject({ code: '表10', version: 1, name: { 'zh-CN': '员工请假审批单' } });
    expect(all.items[0]!.submittedAt).toBeInstanceOf(Date);
    const annual = await supervisor.submissions.list({
      templateId: template,
      filters: [{ field: 'kind', op: 'eq', value: 'annual' }],
      pageSize: 200,
    });
    expect(annual.items.length).toBeGreaterThan(0);
    expect(annual.items.every((s) => s.data.kind === 'annual')).toBe(true);
    const twoFields = await supervisor.submissions.list({
      templateId: template,
      filters: [
        { field: 'kind', op: 'in', value: ['annual', 'personal'] },
        { field: 'period', op: 'gte', value: '2026-11-20' },
        { field: 'applicant', op: 'contains', value: person('hubin.clerk').name.slice(1) },
      ],
    });
    expect(
      twoFields.items.every(
        (s) =>
          (s.data.period as { start: string }).start >= '2026-11-20' &&
          ['annual', 'personal'].includes(s.data.kind as string),
      ),
    ).toBe(true);
    const paged = await supervisor.submissions.list({ templateId: template, page: 2, pageSize: 1 });
    expect(paged).toMatchObject({ total: all.total, page: 2 });
    expect(paged.items.map((s) => s.id)).toEqual([all.items[1]!.id]);

    await expect(
      supervisor.submissions.list({ templateId: template, filters: [{ field: 'nope', op: 'eq', value: 1 }] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'filters.0.field' } });

    const file = await supervisor.submissions.export({
      templateId: template,
      filters: [{ field: 'kind', op: 'eq', value: 'annual' }],
    });
    expect(file.rows).toBe(annual.total);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('表单记录')!;
    expect(sheet.rowCount).toBe(annual.total + 1);
    expect(sheet.getRow(1).values).toContain('请假天数');
    expect(sheet.getRow(2).values).toContain('年休假');
  });

  it('a clerk lists only their own, another district nothing of 湖滨', async () => {
    const template = (await (await as('admin')).templates.version({ versionId: forms.versions['表10']! }))
      .templateId;
    const clerkId = person('hubin.clerk').id;
    const clerkList = await (
      await as('hubin.clerk')
    ).submissions.list({ templateId: template, pageSize: 200 });
    expect(clerkList.items.every((s) => s.submitterId === clerkId)).toBe(true);
    const other = await (await as('xh.sup')).submissions.list({ templateId: template, pageSize: 200 });
    expect(other.items.every((s) => s.orgNodeId !== hubin().id)).toBe(true);
  });
});
