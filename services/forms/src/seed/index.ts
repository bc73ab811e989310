import { dataSchemaOf, uiSchemaSchema, type UiSchema } from '@duda/contract-forms';
import type { StorableJson } from '@duda/contract-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import type { Prisma } from '../generated/prisma/client.ts';
import type { FormsPrisma } from '../prisma.ts';
import { checkFormData } from '../validation/form-data-check.ts';
import { assertTemplateContent } from '../validation/template-check.ts';
import { demoSubmissions } from './demo-submissions.ts';
import { HALL_FORMS } from './hall-forms.ts';

export interface SeededForms {
  /** The province's published version of each form, by its number (表1 …). */
  versions: Record<string, string>;
  /**
   * The demo records, for the steps after this one (approvals of 表1, 表6, 表10; the portal's duties, which a
   * meeting record of the meeting's type completes, as forms.submission.submitted says).
   */
  submissions: {
    id: string;
    code: string;
    orgNodeId: string;
    submitterId: string;
    submittedAt: Date;
    meetingType?: string;
  }[];
}

/**
 * The province's ten reference forms (表1–表10), published, and realistic records of each at the demo halls.
 * Idempotent: skips when the province already has its forms. Every record passes the checks a submission does.
 */
export async function seedFormsDemo(prisma: FormsPrisma, org: SeededOrg): Promise<SeededForms> {
  const admin = org.demoPeople['admin'];
  if (!admin) throw new Error('the org seed hands over no administrator');
  if ((await prisma.formTemplate.count({ where: { orgNodeId: org.provinceId } })) > 0) {
    return { versions: {}, submissions: [] };
  }
  const publishedAt = new Date(Date.UTC(2026, 9, 8, 1));
  const versions: Record<string, { id: string; uiSchema: UiSchema; dataSchema: object; templateId: string }> =
    {};
  for (const form of HALL_FORMS) {
    const uiSchema = uiSchemaSchema.parse(form.ui);
    const dataSchema = dataSchemaOf(uiSchema);
    // dataSchemaOf builds plain JSON (strings, numbers, booleans, objects, arrays) from the UI schema.
    assertTemplateContent({ uiSchema, dataSchema: dataSchema as Record<string, StorableJson> });
    const template = await prisma.formTemplate.create({
      data: {
        orgNodeId: org.provinceId,
        orgName: org.provinceName,
        orgLevel: 'province',
        code: form.code,
        nameZh: form.name['zh-CN'],
        nameEn: form.name.en,
        descriptionZh: form.description['zh-CN'],
        descriptionEn: form.description.en,
        createdById: admin.id,
        createdAt: new Date(publishedAt.getTime() + HALL_FORMS.indexOf(form) * 1000),
        versions: {
          create: {
            version: 1,
            status: 'PUBLISHED',
            publishedAt,
            dataSchema: dataSchema as Prisma.InputJsonValue,
            uiSchema: uiSchema as Prisma.InputJsonValue,
            ...(form.approvalFlow ? { approvalFlow: form.approvalFlow as Prisma.InputJsonValue } : {}),
            createdById: admin.id,
          },
        },
      },
      include: { versions: true },
    });
    versions[form.code] = { id: template.versions[0]!.id, uiSchema, dataSchema, templateId: template.id };
  }
  const submissions: SeededForms['submissions'] = [];
  for (const demo of demoSubmissions(org)) {
    const version = versions[demo.code]!;
    const checked = checkFormData(version, demo.data);
    if (checked.refusals.length > 0) {
      throw new Error(
        `demo ${demo.code} of ${demo.hall.name} is refused: ${JSON.stringify(checked.refusals)}`,
      );
    }
    const created = await prisma.formSubmission.create({
      data: {
        templateId: version.templateId,
        versionId: version.id,
        orgNodeId: demo.hall.id,
        orgName: demo.hall.name,
        status: 'SUBMITTED',
        data: checked.data as Prisma.InputJsonValue,
        submitterId: demo.submitter.id,
        submitterName: demo.submitter.name,
        createdAt: demo.submittedAt,
        submittedAt: demo.submittedAt,
      },
    });
    submissions.push({
      id: created.id,
      code: demo.code,
      orgNodeId: demo.hall.id,
      submitterId: demo.submitter.id,
      submittedAt: demo.submittedAt,
      ...(typeof demo.data.meetingType === 'string' ? { meetingType: demo.data.meetingType } : {}),
    });
  }
  return {
    versions: Object.fromEntries(Object.entries(versions).map(([code, v]) => [code, v.id])),
    submissions,
  };
}
