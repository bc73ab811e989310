// `operations.plans`: contingency plans (应急预案). The city keeps templates; a hall adapts one into its own plan, a
// copy with its edits that a later revision of the template does not change (the hall is told instead).
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { contingencyErrors } from './plans-errors.ts';

type Label = { 'zh-CN': string; en: string };

export const PLAN_KINDS = [
  'SYSTEM_OUTAGE',
  'POWER_NETWORK',
  'CROWDING',
  'SECURITY',
  'PUBLIC_HEALTH',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_KIND_LABELS: Record<PlanKind, Label> = {
  SYSTEM_OUTAGE: { 'zh-CN': '系统故障', en: 'System outage' },
  POWER_NETWORK: { 'zh-CN': '停电断网', en: 'Power or network failure' },
  CROWDING: { 'zh-CN': '客流拥堵', en: 'Crowding' },
  SECURITY: { 'zh-CN': '治安事件', en: 'Security incident' },
  PUBLIC_HEALTH: { 'zh-CN': '公共卫生事件', en: 'Public health event' },
};

/** Who carries a step out: a role of the hall's staff, or the district supervisor it calls in. */
export const STEP_ROLES = [
  'hall_manager',
  'duty_manager',
  'manager_assistant',
  'clerk',
  'district_supervisor',
] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export const STEP_ROLE_LABELS: Record<StepRole, Label> = {
  hall_manager: { 'zh-CN': '店面经理', en: 'Hall manager' },
  duty_manager: { 'zh-CN': '值班经理', en: 'Duty manager' },
  manager_assistant: { 'zh-CN': '店面经理助理', en: 'Assistant hall manager' },
  clerk: { 'zh-CN': '营业员', en: 'Clerk' },
  district_supervisor: { 'zh-CN': '区县督导', en: 'District supervisor' },
};

/** 响应级别: 1 一般, 2 较大, 3 重大. A plan names the level from which the district is told (上报区县). */
export const INCIDENT_LEVELS = [1, 2, 3] as const;
export type IncidentLevel = (typeof INCIDENT_LEVELS)[number];

export const INCIDENT_LEVEL_LABELS: Record<IncidentLevel, Label> = {
  1: { 'zh-CN': '一般（三级）', en: 'Minor (level III)' },
  2: { 'zh-CN': '较大（二级）', en: 'Serious (level II)' },
  3: { 'zh-CN': '重大（一级）', en: 'Major (level I)' },
};

/** The longest texts a plan keeps (the editor's counters show them). */
export const PLAN_TEXT_LIMITS = {
  title: 60,
  activation: 500,
  step: 200,
  contactName: 40,
  duty: 60,
} as const;

const id = z.uuid({ error: commonErrors.invalidId.code });
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const planStepSchema = z.object({
  text: text().trim().min(1, { error: contingencyErrors.stepTextRequired.code }).max(PLAN_TEXT_LIMITS.step),
  role: z.enum(STEP_ROLES),
  /** 时限: the minutes from the plan's start by which the step should be done; none when the step has no limit. */
  minutes: z
    .number({ error: contingencyErrors.stepMinutesInvalid.code })
    .int({ error: contingencyErrors.stepMinutesInvalid.code })
    .min(1, { error: contingencyErrors.stepMinutesInvalid.code })
    .max(1440, { error: contingencyErrors.stepMinutesInvalid.code })
    .nullish(),
});
export type PlanStep = z.infer<typeof planStepSchema>;

export const planContactSchema = z.object({
  name: text()
    .trim()
    .min(1, { error: contingencyErrors.contactRequired.code })
    .max(PLAN_TEXT_LIMITS.contactName),
  phone: text()
    .trim()
    .regex(/^[0-9+\- ]{3,20}$/, { error: contingencyErrors.phoneInvalid.code }),
  /** What they are called for (供电局、IT 值班、派出所). */
  duty: text().trim().max(PLAN_TEXT_LIMITS.duty).default(''),
});
export type PlanContact = z.infer<typeof planContactSchema>;

/** What a template and a hall's plan both hold. */
export const planBodySchema = z.object({
  title: text()
    .trim()
    .min(1, { error: contingencyErrors.planTitleRequired.code })
    .max(PLAN_TEXT_LIMITS.title),
  /** 启动条件. */
  activation: text()
    .trim()
    .min(1, { error: contingencyErrors.activationRequired.code })
    .max(PLAN_TEXT_LIMITS.activation),
  /** The level from which an incident on this plan goes up to the district. */
  escalateAt: level,
  steps: z.array(planStepSchema).min(1, { error: contingencyErrors.stepsRequired.code }).max(30),
  contacts: z.array(planContactSchema).max(20),
});
export type PlanBody = z.infer<typeof planBodySchema>;

export const planInputs = {
  /** The city's templates, a page at a time (a city keeps a few dozen at most, so 100 a page reads them all). */
  templates: pageInput
    .extend({
      kind: z.enum(PLAN_KINDS).nullish(),
      pageSize: z.number().int().min(1).max(100).default(100),
    })
    .default({ page: 1, pageSize: 100 }),
  /** One template with its revision history (who saved which revision, when). */
  template: z.object({ id }),
  /** A new template (no id) or its next revision. */
  saveTemplate: planBodySchema.extend({ id: id.nullish(), kind: z.enum(PLAN_KINDS) }),
  list: z.object({ orgNodeId: id.nullish(), kind: z.enum(PLAN_KINDS).nullish() }).default({}),
  get: z.object({ id }),
  /** A hall takes a template as its own plan. */
  adopt: z.object({ templateId: id, orgNodeId: id }),
  update: planBodySchema.extend({ id }),
  /**
   * 更新为新版: the hall's plan takes its template's current revision, the one the manager compared (`revision`:
   * refused when the city has saved another since); the hall's own contacts are kept.
   */
  takeRevision: z.object({ id, revision: z.number().int().min(1) }),
};
