import type { Actor } from '@duda/authz';
import { authedProcedure, router, z } from '@duda/service-kit';
import { archivedMonths, archiveStatus, closeMonth } from '../archive/archive-service.ts';
import { dashboard } from '../dashboard/dashboard-service.ts';
import { hallDefects } from '../defects/defect-service.ts';
import type { InspectionDeps } from '../deps.ts';
import { draftItemResult, itemResult } from '../inspections/inputs.ts';
import { publishMystery, saveDraft, startInspection, submitInspection } from '../inspections/lifecycle.ts';
import { getInspection, listInspections } from '../inspections/queries.ts';
import { myTasks } from '../inspections/tasks.ts';
import {
  exportNotice,
  generateNotice,
  getNotice,
  listNotices,
  publish,
  updateNotice,
} from '../notices/notice-service.ts';
import { uploadPhoto } from '../photos/photo-service.ts';
import { createPlan, getPlan, listPlans, saveEntries, transition } from '../plans/plan-service.ts';
import {
  acknowledgeAlert,
  activeAlerts,
  hallReadings,
  queueSettings,
  reportQueue,
  updateQueueSettings,
} from '../queue/queue-service.ts';
import { actOnOrder, getOrder, listOrders } from '../rectifications/rectification-service.ts';
import {
  createTemplateDraft,
  getTemplate,
  listTemplates,
  publishTemplate,
  updateTemplateDraft,
} from '../templates/template-service.ts';
import * as input from './inputs.ts';

const byId = z.object({ id: input.id });
const scopeMonth = z.object({ scopeOrgId: input.id, month: input.month });

/** The inspection service's public API, mounted by the gateway as `inspection.*`. */
export function createInspectionRouter(deps: InspectionDeps) {
  return router({
    templates: router({
      list: authedProcedure
        .input(
          z
            .object({
              kind: z.enum(['STANDARD', 'DAILY']).nullish(),
              includeRetired: z.boolean().default(false),
            })
            .default({ includeRetired: false }),
        )
        .query(({ ctx, input }) => listTemplates(deps, ctx, input)),
      get: authedProcedure.input(byId).query(({ ctx, input }) => getTemplate(deps, ctx, input.id)),
      createDraft: authedProcedure
        .input(z.object({ fromId: input.id }))
        .mutation(({ ctx, input }) => createTemplateDraft(deps, ctx, input.fromId)),
      updateDraft: authedProcedure
        .input(z.object({ id: input.id, content: input.templateContent }))
        .mutation(({ ctx, input }) => updateTemplateDraft(deps, ctx, input.id, input.content)),
      publish: authedProcedure.input(byId).mutation(({ ctx, input }) => publishTemplate(deps, ctx, input.id)),
    }),
    plans: router({
      list: authedProcedure
        .input(
          input.pageInput.extend({
            month: input.month.nullish(),
            status: z.enum(['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED']).nullish(),
            kind: input.plannedKind.nullish(),
          }),
        )
        .query(({ ctx, input }) => listPlans(deps, ctx, input)),
      get: authedProcedure.input(byId).query(({ ctx, input }) => getPlan(deps, ctx, input.id)),
      create: authedProcedure
        .input(
          z.object({ scopeOrgId: input.id, month: input.month, title: z.string().trim().max(80).nullish() }),
        )
        .mutation(({ ctx, input }) => createPlan(deps, ctx, input)),
      saveEntries: authedProcedure
        .input(z.object({ id: input.id, entries: z.array(input.planEntry).max(500) }))
        .mutation(({ ctx, input }) => saveEntries(deps, ctx, input.id, input.entries)),
      transition: authedProcedure
        .input(
          z.object({
            id: input.id,
            command: z.discriminatedUnion('type', [
              z.object({ type: z.literal('SUBMIT') }),
              z.object({ type: z.literal('APPROVE'), comment: z.string().trim().max(500).optional() }),
              z.object({ type: z.literal('REJECT'), comment: z.string().trim().max(500) }),
              z.object({ type: z.literal('REVISE') }),
              z.object({ type: z.literal('PUBLISH') }),
            ]),
          }),
        )
        .mutation(({ ctx, input }) => transition(deps, ctx, input.id, input.command)),
    }),
    inspections: router({
      tasks: authedProcedure.query(({ ctx }) => myTasks(deps, ctx)),
      list: authedProcedure
        .input(
          input.pageInput.extend({
            kind: input.inspectionKind.nullish(),
            status: z.enum(['DRAFT', 'SUBMITTED']).nullish(),
            hallId: input.id.nullish(),
            districtId: input.id.nullish(),
            month: input.month.nullish(),
            mine: z.boolean().nullish(),
            sort: z
              .object({ key: z.enum(['inspectedOn', 'total']), order: z.enum(['asc', 'desc']) })
              .nullish(),
          }),
        )
        .query(({ ctx, input }) => listInspections(deps, ctx, input)),
      get: authedProcedure.input(byId).query(({ ctx, input }) => getInspection(deps, ctx, input.id)),
      start: authedProcedure
        .input(
          z.object({
            clientKey: z.uuid(),
            hallId: input.id,
            kind: input.inspectionKind,
            planEntryId: input.id.nullish(),
            templateId: input.id.nullish(),
          }),
        )
        .mutation(({ ctx, input }) => startInspection(deps, ctx, input)),
      saveDraft: authedProcedure
        .input(
          z.object({
            id: input.id,
            revision: z.number().int().min(0),
            results: z.array(draftItemResult).max(200),
            summary: z.string().trim().max(2000).nullish(),
          }),
        )
        .mutation(({ ctx, input }) => saveDraft(deps, ctx, input)),
      submit: authedProcedure
        .input(
          z.object({
            id: input.id,
            results: z.array(itemResult).max(200),
            summary: z.string().trim().max(2000).nullish(),
          }),
        )
        .mutation(({ ctx, input }) => submitInspection(deps, ctx, input)),
      publishMystery: authedProcedure
        .input(byId)
        .mutation(({ ctx, input }) => publishMystery(deps, ctx, input.id)),
      uploadPhoto: authedProcedure
        .input(
          z.instanceof(FormData).transform((form, issue) => {
            const file = form.get('file');
            const hallId = form.get('hallId');
            if (!(file instanceof File))
              issue.addIssue({ code: 'custom', message: '请选择要上传的照片', path: ['file'] });
            if (typeof hallId !== 'string' || !z.uuid().safeParse(hallId).success)
              issue.addIssue({ code: 'custom', message: '营业厅编号格式不正确', path: ['hallId'] });
            return { file: file as File, hallId: hallId as string };
          }),
        )
        .mutation(({ ctx, input }) => uploadPhoto(deps, ctx.actor as Actor, input)),
    }),
    rectifications: router({
      list: authedProcedure
        .input(
          input.pageInput.extend({
            status: z.enum(['OPEN', 'RESPONDED', 'REJECTED_BACK', 'ACCEPTED']).nullish(),
            overdue: z.boolean().nullish(),
            hallId: input.id.nullish(),
            districtId: input.id.nullish(),
            severity: input.severity.nullish(),
            month: input.month.nullish(),
            toVerify: z.boolean().nullish(),
          }),
        )
        .query(({ ctx, input }) => listOrders(deps, ctx, input)),
      get: authedProcedure.input(byId).query(({ ctx, input }) => getOrder(deps, ctx, input.id)),
      respond: authedProcedure
        .input(
          z.object({
            id: input.id,
            measures: z.string().trim().min(1, '请填写整改措施').max(1000),
            photoIds: z.array(input.id).max(9).default([]),
          }),
        )
        .mutation(({ ctx, input }) =>
          actOnOrder(deps, ctx, input.id, {
            type: 'RESPOND',
            measures: input.measures,
            photoIds: input.photoIds,
          }),
        ),
      accept: authedProcedure
        .input(z.object({ id: input.id, comment: z.string().trim().max(500).optional() }))
        .mutation(({ ctx, input }) =>
          actOnOrder(deps, ctx, input.id, {
            type: 'ACCEPT',
            ...(input.comment ? { comment: input.comment } : {}),
          }),
        ),
      rejectBack: authedProcedure
        .input(z.object({ id: input.id, reason: z.string().trim().min(1, '请填写退回原因').max(500) }))
        .mutation(({ ctx, input }) =>
          actOnOrder(deps, ctx, input.id, { type: 'REJECT_BACK', reason: input.reason }),
        ),
    }),
    defects: authedProcedure
      .input(z.object({ hallId: input.id }))
      .query(({ ctx, input }) => hallDefects(deps, ctx, input.hallId)),
    dashboard: authedProcedure
      .input(z.object({ scopeOrgId: input.id.nullish(), month: input.month }))
      .query(({ ctx, input }) => dashboard(deps, ctx, input)),
    notices: router({
      list: authedProcedure
        .input(input.pageInput.extend({ month: input.month.nullish() }))
        .query(({ ctx, input }) => listNotices(deps, ctx, input)),
      get: authedProcedure.input(byId).query(({ ctx, input }) => getNotice(deps, ctx, input.id)),
      generate: authedProcedure
        .input(scopeMonth)
        .mutation(({ ctx, input }) => generateNotice(deps, ctx, input)),
      update: authedProcedure
        .input(
          z.object({
            id: input.id,
            patch: z.object({
              title: z.string().max(100).optional(),
              summary: z.string().max(5000).optional(),
              commonProblems: z
                .array(
                  z.object({
                    itemCode: z.string().max(20),
                    itemTitle: z.string().max(100),
                    sectionName: z.string().max(40),
                    inspected: z.number().int().min(0),
                    failed: z.number().int().min(0),
                    failureRate: z.number().min(0).max(100),
                    hallsAffected: z.number().int().min(0),
                  }),
                )
                .max(20)
                .optional(),
              typicalCases: z
                .array(
                  z.object({
                    inspectionId: z.string(),
                    hallName: z.string().max(50),
                    tone: z.enum(['GOOD', 'BAD']),
                    title: z.string().trim().min(1).max(100),
                    description: z.string().max(2000),
                    photoIds: z.array(z.string()).max(9),
                  }),
                )
                .max(20)
                .optional(),
            }),
          }),
        )
        .mutation(({ ctx, input }) => updateNotice(deps, ctx, input.id, input.patch)),
      publish: authedProcedure.input(byId).mutation(({ ctx, input }) => publish(deps, ctx, input.id)),
      export: authedProcedure.input(byId).query(({ ctx, input }) => exportNotice(deps, ctx, input.id)),
    }),
    archive: router({
      status: authedProcedure.input(scopeMonth).query(({ ctx, input }) => archiveStatus(deps, ctx, input)),
      close: authedProcedure.input(scopeMonth).mutation(({ ctx, input }) => closeMonth(deps, ctx, input)),
      list: authedProcedure
        .input(z.object({ scopeOrgId: input.id }))
        .query(({ ctx, input }) => archivedMonths(deps, ctx, input)),
    }),
    queue: router({
      report: authedProcedure
        .input(
          z.object({
            hallId: input.id,
            openCounters: z.number().int().min(0).max(100),
            waitingCustomers: z.number().int().min(0).max(2000),
            source: z.enum(['manual', 'machine']).default('manual'),
          }),
        )
        .mutation(({ ctx, input }) => reportQueue(deps, ctx, input)),
      alerts: authedProcedure.query(({ ctx }) => activeAlerts(deps, ctx)),
      readings: authedProcedure
        .input(z.object({ hallId: input.id }))
        .query(({ ctx, input }) => hallReadings(deps, ctx, input.hallId)),
      acknowledge: authedProcedure
        .input(byId)
        .mutation(({ ctx, input }) => acknowledgeAlert(deps, ctx, input.id)),
      settings: authedProcedure
        .input(z.object({ cityId: input.id }))
        .query(({ ctx, input }) => queueSettings(deps, ctx, input.cityId)),
      updateSettings: authedProcedure
        .input(
          z.object({
            cityId: input.id,
            level1: z.number().positive().max(20),
            level2: z.number().positive().max(20),
            planCeiling: z.number().positive().max(30),
          }),
        )
        .mutation(({ ctx, input }) => updateQueueSettings(deps, ctx, input)),
    }),
  });
}

export type InspectionRouter = ReturnType<typeof createInspectionRouter>;
