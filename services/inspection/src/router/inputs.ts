import { pageInput, z } from '@duda/service-kit';

export const id = z.uuid({ error: '编号格式不正确' });
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const inspectionKind = z.enum(['DAILY', 'SELF_CHECK', 'MONTHLY_VISIT', 'CROSS', 'MYSTERY']);
export const plannedKind = z.enum(['SELF_CHECK', 'MONTHLY_VISIT', 'CROSS', 'MYSTERY']);
export const severity = z.enum(['CRITICAL', 'MAJOR', 'MINOR']);
export { pageInput };

const item = z.object({
  code: z.string().trim().min(1).max(20),
  title: z.string().trim().min(1).max(100),
  guidance: z.string().trim().max(500).default(''),
  weight: z.number().min(0).max(100),
  scoringMode: z.enum(['PASS_FAIL', 'POINTS']),
  maxPoints: z.number().int().min(1).max(100).nullable(),
  allowNotApplicable: z.boolean(),
  veto: z.boolean(),
  photoRequired: z.boolean(),
  severity,
});

export const templateContent = z.object({
  name: z.string().trim().min(1).max(60),
  kind: z.enum(['STANDARD', 'DAILY']),
  passLine: z.number().min(0).max(100),
  sections: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(20),
        name: z.string().trim().min(1).max(40),
        items: z.array(item).max(100),
      }),
    )
    .min(1)
    .max(20),
});

export const planEntry = z.object({
  hallId: id,
  kind: plannedKind,
  templateId: id,
  inspectorIds: z.array(id).max(5),
  plannedDate: date,
});
