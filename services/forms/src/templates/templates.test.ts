import { dataSchemaOf, uiSchemaSchema, type UiSchemaInput } from '@duda/contract-forms';
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createFormsService, type FormsService } from '../module.ts';

let f: OrgFixture;
let service: FormsService;

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = createFormsService({ pool: f.db.pool, org: localServiceClient(f.org.router) });
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));
const l = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const planUi = (extra: UiSchemaInput['fields'] = []) =>
  uiSchemaSchema.parse({
    format: 1,
    title: l('月工作计划', 'Monthly plan'),
    fields: [
      { key: 'month', kind: 'text', label: l('月份', 'Month'), required: true },
      {
        key: 'items',
        kind: 'table',
        label: l('工作事项', 'Work items'),
        columns: [
          { key: 'topic', kind: 'text', label: l('工作主题', 'Topic'), required: true },
          { key: 'weight', kind: 'number', label: l('权重', 'Weight'), required: true },
        ],
      },
      ...extra,
    ],
    checks: [{ kind: 'sumEquals', field: 'items', column: 'weight', value: 100 }],
  });
const content = (ui = planUi()) => ({ uiSchema: ui, dataSchema: dataSchemaOf(ui) });

/** The field paths and codes a refused input carried. */
async function refusal(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { code?: string; cause?: { issues?: { path: string[]; message: string }[] } } | null;
  expect(error?.code).toBe('BAD_REQUEST');
  return (error?.cause?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

const code = () => `T${crypto.randomUUID().slice(0, 6)}`;

describe('form templates', () => {
  it('the province administrator creates and publishes a reference form that a clerk of a hall then sees', async () => {
    const admin = await as('admin');
    const provinceId = f.seeded.provinceId;
    const created = await admin.templates.create({
      orgNodeId: provinceId,
      code: code(),
      name: l('营业厅月工作计划', 'Hall monthly work plan'),
      ...content(),
    });
    expect(created).toMatchObject({ orgLevel: 'province', currentVersionId: null, mayManage: true });
    expect(created.versions).toMatchObject([{ version: 1, status: 'DRAFT' }]);
    const published = await admin.templates.publish({ versionId: created.versions[0]!.id });
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 1 });

    const clerk = await as('hubin.clerk');
    const list = await clerk.templates.list({ publishedOnly: true, pageSize: 200 });
    const seen = list.items.find((t) => t.id === created.id);
    expect(seen).toMatchObject({ currentVersionId: published.id, mayManage: false });
    expect((await clerk.templates.version({ versionId: published.id })).uiSchema.fields[0]?.key).toBe(
      'month',
    );
    await expect(clerk.templates.publish({ versionId: published.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a data schema that is not valid JSON Schema 2020-12, with its path, and writes nothing', async () => {
    const admin = await as('admin');
    const before = await service.prisma.formTemplate.count();
    const broken = {
      ...content(),
      dataSchema: { ...dataSchemaOf(planUi()), properties: { month: { type: 'text' } } },
    };
    expect(
      await refusal(
        admin.templates.create({
          orgNodeId: f.seeded.provinceId,
          code: code(),
          name: l('坏', 'Bad'),
          ...broken,
        }),
      ),
    ).toEqual([['dataSchema', 'forms.templates.invalidJsonSchema']]);
    const typo = { ...content(), dataSchema: { ...dataSchemaOf(planUi()), maxPropertiez: 3 } };
    expect(
      await refusal(
        admin.templates.create({
          orgNodeId: f.seeded.provinceId,
          code: code(),
          name: l('坏', 'Bad'),
          ...typo,
        }),
      ),
    ).toEqual([['dataSchema', 'forms.templates.invalidJsonSchema']]);
    expect(await service.prisma.formTemplate.count()).toBe(before);
  });

  it('refuses fields the data schema does not describe, and a UI schema that does not hold together', async () => {
    const admin = await as('admin');
    const ui = planUi([{ key: 'note', kind: 'longText', label: l('备注', 'Note') }]);
    const mismatched = { uiSchema: ui, dataSchema: dataSchemaOf(planUi()) };
    expect(
      await refusal(
        admin.templates.create({
          orgNodeId: f.seeded.provinceId,
          code: code(),
          name: l('坏', 'Bad'),
          ...mismatched,
        }),
      ),
    ).toEqual([['dataSchema.properties.note', 'forms.uiProblem.missingProperty']]);
    const unsound = planUi([
      { key: 'total', kind: 'computed', label: l('合计', 'Total'), compute: { sum: 'month', column: 'x' } },
    ]);
    expect(
      await refusal(
        admin.templates.create({
          orgNodeId: f.seeded.provinceId,
          code: code(),
          name: l('坏', 'Bad'),
          ...content(unsound),
        }),
      ),
    ).toEqual([['uiSchema.fields.2.compute', 'forms.uiProblem.notATable']]);
  });

  it('a city supervisor copies the province form, adds a field and publishes version 2; version 1 is retired', async () => {
    const admin = await as('admin');
    const province = await admin.templates.create({
      orgNodeId: f.seeded.provinceId,
      code: code(),
      name: l('营业厅月工作计划', 'Hall monthly work plan'),
      ...content(),
    });
    const source = await admin.templates.publish({ versionId: province.versions[0]!.id });

    const city = await as('city.sup');
    const copy = await city.templates.copy({ versionId: source.id, orgNodeId: f.seeded.cityId });
    expect(copy).toMatchObject({
      code: province.code,
      orgNodeId: f.seeded.cityId,
      copiedFromVersionId: source.id,
    });
    const v1 = await city.templates.publish({ versionId: copy.versions[0]!.id });
    const adapted = planUi([{ key: 'note', kind: 'longText', label: l('备注', 'Note') }]);
    const draft = await city.templates.saveDraft({ templateId: copy.id, ...content(adapted) });
    expect(draft).toMatchObject({ version: 2, status: 'DRAFT' });
    const resaved = await city.templates.saveDraft({ templateId: copy.id, ...content(adapted) });
    expect(resaved.id).toBe(draft.id);
    await city.templates.publish({ versionId: draft.id });

    const after = await city.templates.get({ id: copy.id });
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'PUBLISHED'],
      [1, 'RETIRED'],
    ]);
    expect(after.currentVersionId).toBe(draft.id);
    await expect(city.templates.publish({ versionId: v1.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    // The province's own template is untouched.
    expect((await admin.templates.get({ id: province.id })).versions.map((v) => v.status)).toEqual([
      'PUBLISHED',
    ]);
  });

  it('copies only a published template of a unit above, and only into a unit one keeps templates for', async () => {
    const admin = await as('admin');
    const province = await admin.templates.create({
      orgNodeId: f.seeded.provinceId,
      code: code(),
      name: l('草稿', 'Draft'),
      ...content(),
    });
    const city = await as('city.sup');
    await expect(
      city.templates.copy({ versionId: province.versions[0]!.id, orgNodeId: f.seeded.cityId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const district = await as('sc.sup');
    await expect(
      district.templates.create({
        orgNodeId: f.seeded.districts[0]!.id,
        code: code(),
        name: l('区', 'D'),
        ...content(),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      city.templates.create({
        orgNodeId: f.seeded.provinceId,
        code: code(),
        name: l('省', 'P'),
        ...content(),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a second template of the same number in one unit', async () => {
    const city = await as('city.sup');
    const number = code();
    await city.templates.create({
      orgNodeId: f.seeded.cityId,
      code: number,
      name: l('甲', 'A'),
      ...content(),
    });
    await expect(
      city.templates.create({ orgNodeId: f.seeded.cityId, code: number, name: l('乙', 'B'), ...content() }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('shows a hall its city’s published copy instead of the province original; a hall of a city without one the original', async () => {
    // 宁波, a second city with one hall and a clerk, beside the small organisation's 杭州.
    const ningbo = await (
      await f.callerOf('admin')
    ).admin.createNode({
      parentId: f.seeded.provinceId,
      code: 'NB',
      name: '宁波分公司',
      level: 'city',
    });
    // Signed in again: a session's reach is the org tree as it was at sign-in.
    const hall = await (
      await f.callerOf('admin')
    ).admin.createNode({ parentId: ningbo.id, code: 'NB-01', name: '天一营业厅', level: 'hall' });
    await (
      await f.callerOf('admin')
    ).admin.createPerson({
      staffNo: 'NB10101',
      name: '孙宁',
      phone: '13800000002',
      orgNodeId: hall.id,
      position: '营业员',
      hireDate: new Date('2026-01-01'),
      roles: [{ role: 'clerk', orgNodeId: hall.id }],
      initialPassword: 'Welcome2026',
    });
    const ningboClerk = service.router.createCaller({
      ...(await f.contextOf('NB10101', 'Welcome2026')),
      passwordChangeRequired: false,
    });

    const admin = await as('admin');
    const province = await admin.templates.create({
      orgNodeId: f.seeded.provinceId,
      code: code(),
      name: l('营业厅交接班记录', 'Shift handover'),
      ...content(),
    });
    const original = await admin.templates.publish({ versionId: province.versions[0]!.id });
    const city = await as('city.sup');
    const copy = await city.templates.copy({ versionId: original.id, orgNodeId: f.seeded.cityId });
    const fillable = async (caller: ReturnType<typeof service.router.createCaller>) =>
      (await caller.templates.list({ publishedOnly: true, pageSize: 200 })).items
        .filter((t) => t.code === province.code)
        .map((t) => t.orgName);

    // A draft copy is not yet a form to fill: 杭州's halls still fill the original.
    expect(await fillable(await as('hubin.clerk'))).toEqual([province.orgName]);
    await city.templates.publish({ versionId: copy.versions[0]!.id });

    const hangzhou = await as('hubin.clerk');
    expect(await fillable(hangzhou)).toEqual(['杭州分公司']);
    const page = await hangzhou.templates.list({ publishedOnly: true, pageSize: 200 });
    expect(page.total).toBe(page.items.length);
    expect(await fillable(ningboClerk)).toEqual([province.orgName]);
    // Keeping templates is another list: the city supervisor manages its copy beside the original it came from.
    const managed = await city.templates.list({ pageSize: 200 });
    expect(
      managed.items
        .filter((t) => t.code === province.code)
        .map((t) => t.id)
        .sort(),
    ).toEqual([province.id, copy.id].sort());
  });
});
