// The templates' rows of the authorization matrix. The world: a template of the city (杭州) the city supervisor
// keeps — one published version and an open draft — and a published province template the administrator keeps.
// Every signed-in caller reads the templates of the units above them (the forms they fill in); none of the six
// callers keeps templates (no city supervisor or administrator among them), so every change is refused.
import { dataSchemaOf, uiSchemaSchema } from '@duda/contract-forms';
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';

export interface TemplatesWorld {
  cityId: string;
  templateId: string;
  publishedId: string;
  draftId: string;
  provinceVersionId: string;
}

const l = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const ui = uiSchemaSchema.parse({
  format: 1,
  title: l('矩阵表单', 'Matrix form'),
  fields: [{ key: 'note', kind: 'text', label: l('备注', 'Note'), required: true }],
});
export const probeTemplateContent = { uiSchema: ui, dataSchema: dataSchemaOf(ui) };

interface Template {
  id: string;
  versions: { id: string }[];
}

const tag = () => `矩阵${crypto.randomUUID().slice(0, 6)}`;
const cityTemplate = async (owners: Owners, w: TemplatesWorld) =>
  (await owners('city.sup')).query('forms.templates.get', { id: w.templateId });

export const templatesProbes = defineAreaProbes<TemplatesWorld>({
  prefix: 'forms.templates',
  async world(owners) {
    const city = await owners('city.sup');
    const me = await city.query<{ roles: { orgNodeId: string; role: string }[] }>('org.me');
    const cityId = me.roles.find((role) => role.role === 'city_supervisor')!.orgNodeId;
    const created = await city.mutation<Template>('forms.templates.create', {
      orgNodeId: cityId,
      code: tag(),
      name: l('矩阵市表单', 'Matrix city form'),
      ...probeTemplateContent,
    });
    const publishedId = created.versions[0]!.id;
    await city.mutation('forms.templates.publish', { versionId: publishedId });
    const draft = await city.mutation<{ id: string }>('forms.templates.saveDraft', {
      templateId: created.id,
      ...probeTemplateContent,
    });
    const admin = await owners('admin');
    const adminMe = await admin.query<{ roles: { orgNodeId: string; role: string }[] }>('org.me');
    const province = await admin.mutation<Template>('forms.templates.create', {
      orgNodeId: adminMe.roles.find((role) => role.role === 'admin')!.orgNodeId,
      code: tag(),
      name: l('矩阵省表单', 'Matrix province form'),
      ...probeTemplateContent,
    });
    await admin.mutation('forms.templates.publish', { versionId: province.versions[0]!.id });
    return {
      cityId,
      templateId: created.id,
      publishedId,
      draftId: draft.id,
      provinceVersionId: province.versions[0]!.id,
    };
  },
  // Templates are what every unit below fills in: nothing in them is kept from the callers who may read them.
  secrets: () => [],
  probes: {
    'forms.templates.list': { allowed: SIGNED_IN, input: () => ({}) },
    'forms.templates.get': { allowed: SIGNED_IN, input: (w) => ({ id: w.templateId }) },
    'forms.templates.version': { allowed: SIGNED_IN, input: (w) => ({ versionId: w.publishedId }) },
    'forms.templates.create': {
      allowed: [],
      input: (w) => ({
        orgNodeId: w.cityId,
        code: '冒名表',
        name: l('冒名', 'Forged'),
        ...probeTemplateContent,
      }),
      reread: async (_w, owners) => (await owners('city.sup')).query('forms.templates.list', { q: '冒名' }),
    },
    'forms.templates.saveDraft': {
      allowed: [],
      input: (w) => ({ templateId: w.templateId, ...probeTemplateContent }),
      reread: (w, owners) => cityTemplate(owners, w),
    },
    'forms.templates.publish': {
      allowed: [],
      input: (w) => ({ versionId: w.draftId }),
      reread: (w, owners) => cityTemplate(owners, w),
    },
    'forms.templates.retire': {
      allowed: [],
      input: (w) => ({ versionId: w.publishedId }),
      reread: (w, owners) => cityTemplate(owners, w),
    },
    'forms.templates.copy': {
      allowed: [],
      input: (w) => ({ versionId: w.provinceVersionId, orgNodeId: w.cityId }),
      reread: async (_w, owners) =>
        (await owners('city.sup')).query('forms.templates.list', { pageSize: 200 }),
    },
  },
});
