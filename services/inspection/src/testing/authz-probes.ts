// The inspection area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization):
// a month of 上城区's supervision built by its rightful owners — the district supervisor's plans, visit,
// draft and notices, the city's mystery visit and standard draft, 湖滨's queue warning — and, per procedure,
// which of the six probe callers may touch it.
import type { ChecklistTemplateContent } from '@duda/contract-inspection';
import { addMonths, chinaDateOf, monthOf } from '@duda/month';
import {
  CITY_STAFF,
  defineAreaProbes,
  SIGNED_IN,
  type Owners,
  type ProbeCaller,
  type ProbeSession,
} from '@duda/service-org/testing/authz-probes';
import { CITY_STANDARD_CHECKLIST, DAILY_SELF_INSPECTION_CHECKLIST } from '../domain/index.ts';
import type { InspectionService } from '../module.ts';
import { demoPhoto } from '../seed/png.ts';
import { perfectResults, publishTemplate } from './fixture.ts';

interface Page<T> {
  items: T[];
}
type Template = ChecklistTemplateContent & { id: string; lineId: string };

export interface InspectionWorld {
  cityId: string;
  districtId: string;
  hubinId: string;
  month: string;
  standard: Template;
  /** The city supervisor's next version of the standard, not yet published. */
  standardDraft: { id: string; name: string };
  /** Published by 上城区 for this month: a monthly visit and a self-check of 湖滨. */
  plan: { id: string; title: string; visitEntryId: string };
  /** 上城区's plan for next month, still a draft with one entry. */
  draftPlan: { id: string; title: string };
  /** The supervisor's submitted visit of 湖滨 with one problem, its order and photo. */
  visit: { id: string; summary: string; photoId: string };
  order: { id: string };
  /** An inspection the supervisor started and has not submitted. */
  draft: { id: string; summary: string };
  /** The city's mystery-shopper visit of 湖滨, not yet published. */
  mystery: { id: string };
  /** This month's notice (draft) and last month's (published). */
  notice: { id: string; summary: string };
  publishedNotice: { id: string; summary: string };
  alertId: string;
}

const tagged = () => crypto.randomUUID().slice(0, 8);

/** A small real PNG of 湖滨, as the form uploads it. */
const photoForm = (hallId: string) => {
  const form = new FormData();
  form.set('hallId', hallId);
  form.set('file', new File([demoPhoto(32, 24, [200, 200, 200])], 'photo.png', { type: 'image/png' }));
  return form;
};

/** The city's two standards: born in the seed (no procedure creates a first one). */
async function publishStandards(service: InspectionService, owners: Owners) {
  const me = await (await owners('city.sup')).query<{ person: { id: string; orgNodeId: string } }>('org.me');
  for (const content of [CITY_STANDARD_CHECKLIST, DAILY_SELF_INSPECTION_CHECKLIST])
    await publishTemplate(service, me.person.orgNodeId, me.person.id, content);
  return me.person.orgNodeId;
}

async function standardOf(session: ProbeSession): Promise<Template> {
  const [listed] = await session.query<{ id: string }[]>('inspection.templates.list', { kind: 'STANDARD' });
  return session.query<Template>('inspection.templates.get', { id: listed!.id });
}

/** Perfect marks except one pass/fail item, failed with a note: one rectification order. */
function resultsWithOneProblem(standard: Template, photoId: string, note: string) {
  const failing = standard.sections
    .flatMap((s) => s.items)
    .find((i) => i.scoringMode === 'PASS_FAIL' && !i.veto)!;
  return perfectResults(standard, photoId).map((r) =>
    r.itemCode === failing.code ? { ...r, outcome: 'FAIL' as const, note } : r,
  );
}

async function submitted(
  session: ProbeSession,
  hallId: string,
  kind: string,
  standard: Template,
  note: string,
) {
  const photo = await session.mutation<{ id: string }>(
    'inspection.inspections.uploadPhoto',
    photoForm(hallId),
  );
  const { id } = await session.mutation<{ id: string }>('inspection.inspections.start', {
    clientKey: crypto.randomUUID(),
    hallId,
    kind,
    templateId: standard.id,
  });
  const summary = `矩阵检查小结${tagged()}`;
  await session.mutation('inspection.inspections.submit', {
    id,
    results: resultsWithOneProblem(standard, photo.id, note),
    summary,
  });
  return { id, summary, photoId: photo.id };
}

async function plannedMonth(owners: Owners, world: { districtId: string; hubinId: string }, month: string) {
  const sc = await owners('sc.sup');
  const me = await sc.query<{ person: { id: string } }>('org.me');
  const mgr = await (await owners('hubin.mgr')).query<{ person: { id: string } }>('org.me');
  const standard = await standardOf(sc);
  const title = `矩阵计划${tagged()}`;
  const { id } = await sc.mutation<{ id: string }>('inspection.plans.create', {
    scopeOrgId: world.districtId,
    month,
    title,
  });
  const entry = (kind: string, inspectorId: string) => ({
    hallId: world.hubinId,
    kind,
    templateId: standard.lineId,
    inspectorIds: [inspectorId],
    plannedDate: `${month}-20`,
  });
  await sc.mutation('inspection.plans.saveEntries', {
    id,
    entries: [entry('MONTHLY_VISIT', me.person.id), entry('SELF_CHECK', mgr.person.id)],
  });
  const plan = await sc.query<{ entries: { id: string; kind: string }[] }>('inspection.plans.get', { id });
  return { id, title, visitEntryId: plan.entries.find((e) => e.kind === 'MONTHLY_VISIT')!.id };
}

async function publishPlan(owners: Owners, id: string) {
  const sc = await owners('sc.sup');
  await sc.mutation('inspection.plans.transition', { id, command: { type: 'SUBMIT' } });
  await (
    await owners('leader')
  ).mutation('inspection.plans.transition', {
    id,
    command: { type: 'APPROVE' },
  });
  await sc.mutation('inspection.plans.transition', { id, command: { type: 'PUBLISH' } });
}

async function noticeOf(owners: Owners, scopeOrgId: string, month: string, publish: boolean) {
  const sc = await owners('sc.sup');
  const { id } = await sc.mutation<{ id: string }>('inspection.notices.generate', { scopeOrgId, month });
  const summary = `矩阵通报摘要${tagged()}`;
  await sc.mutation('inspection.notices.update', { id, patch: { summary } });
  if (publish) await sc.mutation('inspection.notices.publish', { id });
  return { id, summary };
}

const nobody = [] as const satisfies readonly ProbeCaller[];
/** Those who read the district's published notices: its halls' staff and the city's staff (not 西湖区). */
const noticeReaders = ['hubin.clerk', 'nanxing.mgr', ...CITY_STAFF] as const;
/** Those who read the city's standards: people who work to them. */
const standardReaders = ['nanxing.mgr', 'xh.sup'] as const;

const as = async <T>(owners: Owners, username: string, path: string, input: unknown) =>
  (await owners(username)).query<T>(path, input);
/** An inspection as its inspector reads it, without the signed photo links (they carry the time). */
const inspectionAs = async (owners: Owners, username: string, id: string) => {
  const { photos: _links, ...rest } = await as<{ photos: unknown }>(
    owners,
    username,
    'inspection.inspections.get',
    {
      id,
    },
  );
  return rest;
};
const orderAsHall = async (w: InspectionWorld, owners: Owners) => {
  const {
    photos: _links,
    escalation: _now,
    overdue: _clock,
    ...rest
  } = await as<Record<string, unknown>>(owners, 'hubin.mgr', 'inspection.rectifications.get', {
    id: w.order.id,
  });
  return rest;
};
const noticeAsAuthor = async (w: InspectionWorld, owners: Owners) =>
  (
    await as<{ notice: unknown; status: string }>(owners, 'sc.sup', 'inspection.notices.get', {
      id: w.notice.id,
    })
  ).notice;
const readingsAsHall = (w: InspectionWorld, owners: Owners) =>
  as(owners, 'hubin.mgr', 'inspection.queue.readings', { hallId: w.hubinId });

export const inspectionProbes = defineAreaProbes<InspectionWorld, InspectionService>({
  prefix: 'inspection',
  async world(owners, service) {
    const cityId = await publishStandards(service, owners);
    const city = await owners('city.sup');
    const halls = await city.query<Page<{ id: string; name: string; districtId: string }>>('org.halls', {
      pageSize: 50,
    });
    const hubin = halls.items.find((h) => h.name === '湖滨营业厅')!;
    const place = { districtId: hubin.districtId, hubinId: hubin.id };
    const month = monthOf(chinaDateOf(new Date()));
    const standard = await standardOf(city);

    const plan = await plannedMonth(owners, place, month);
    await publishPlan(owners, plan.id);
    const draftPlan = await plannedMonth(owners, place, addMonths(month, 1));

    const sc = await owners('sc.sup');
    const visit = await submitted(sc, hubin.id, 'MONTHLY_VISIT', standard, `矩阵问题${tagged()}`);
    const orders = await (
      await owners('hubin.mgr')
    ).query<Page<{ id: string; inspectionId: string }>>('inspection.rectifications.list', {
      hallId: hubin.id,
      pageSize: 200,
    });
    const order = orders.items.find((o) => o.inspectionId === visit.id)!;
    const started = await sc.mutation<{ id: string }>('inspection.inspections.start', {
      clientKey: crypto.randomUUID(),
      hallId: hubin.id,
      kind: 'MONTHLY_VISIT',
      templateId: standard.id,
    });
    const draftSummary = `矩阵草稿${tagged()}`;
    await sc.mutation('inspection.inspections.saveDraft', {
      id: started.id,
      revision: 0,
      results: [],
      summary: draftSummary,
    });
    const mystery = await submitted(city, hubin.id, 'MYSTERY', standard, `暗访问题${tagged()}`);

    const { id: draftId } = await city.mutation<{ id: string }>('inspection.templates.createDraft', {
      fromId: standard.id,
    });
    const draftName = `矩阵标准${tagged()}`;
    const { id: _id, lineId: _line, ...content } = standard;
    await city.mutation('inspection.templates.updateDraft', {
      id: draftId,
      content: { ...content, name: draftName },
    });

    const alert = await (
      await owners('hubin.mgr')
    ).mutation<{ id: string }>('inspection.queue.report', {
      hallId: hubin.id,
      openCounters: 1,
      waitingCustomers: 60,
    });
    return {
      cityId,
      ...place,
      month,
      standard,
      standardDraft: { id: draftId, name: draftName },
      plan,
      draftPlan,
      visit,
      order: { id: order.id },
      draft: { id: started.id, summary: draftSummary },
      mystery: { id: mystery.id },
      notice: await noticeOf(owners, hubin.districtId, month, false),
      publishedNotice: await noticeOf(owners, hubin.districtId, addMonths(month, -1), true),
      alertId: alert.id,
    };
  },
  secrets: (w) => [
    w.standardDraft.name,
    w.plan.title,
    w.draftPlan.title,
    w.visit.summary,
    w.draft.summary,
    w.notice.summary,
    w.publishedNotice.summary,
    w.visit.id,
    w.mystery.id,
    w.order.id,
    w.alertId,
  ],
  probes: {
    'inspection.templates.list': {
      allowed: standardReaders,
      sees: nobody,
      secrets: (w) => [w.standardDraft.id, w.standardDraft.name],
    },
    'inspection.templates.get': [
      { allowed: standardReaders, input: (w) => ({ id: w.standard.id }) },
      // A draft is the city's work in progress, for those who maintain the standards only.
      { allowed: nobody, input: (w) => ({ id: w.standardDraft.id }) },
    ],
    'inspection.templates.createDraft': {
      allowed: nobody,
      input: (w) => ({ fromId: w.standard.id }),
      reread: (_w, owners) => as(owners, 'city.sup', 'inspection.templates.list', { includeRetired: true }),
    },
    'inspection.templates.updateDraft': {
      allowed: nobody,
      input: ({ standard: { id: _id, lineId: _line, ...content }, standardDraft }) => ({
        id: standardDraft.id,
        content: { ...content, name: '冒名修改的标准' },
      }),
      reread: (w, owners) => as(owners, 'city.sup', 'inspection.templates.get', { id: w.standardDraft.id }),
    },
    'inspection.templates.publish': {
      allowed: nobody,
      input: (w) => ({ id: w.standardDraft.id }),
      reread: (_w, owners) => as(owners, 'city.sup', 'inspection.templates.list', { includeRetired: true }),
    },

    'inspection.plans.list': {
      allowed: SIGNED_IN,
      input: () => ({ pageSize: 200 }),
      sees: nobody,
      secrets: (w) => [w.plan.title, w.draftPlan.title],
    },
    'inspection.plans.get': { allowed: nobody, input: (w) => ({ id: w.plan.id }) },
    'inspection.plans.create': {
      allowed: nobody,
      input: (w) => ({ scopeOrgId: w.districtId, month: addMonths(w.month, 2), title: '冒名计划' }),
      reread: (_w, owners) => as(owners, 'sc.sup', 'inspection.plans.list', { pageSize: 200 }),
    },
    'inspection.plans.saveEntries': {
      allowed: nobody,
      input: (w) => ({ id: w.draftPlan.id, entries: [] }),
      reread: (w, owners) => as(owners, 'sc.sup', 'inspection.plans.get', { id: w.draftPlan.id }),
    },
    'inspection.plans.transition': {
      allowed: nobody,
      input: (w) => ({ id: w.draftPlan.id, command: { type: 'SUBMIT' } }),
      reread: (w, owners) => as(owners, 'sc.sup', 'inspection.plans.get', { id: w.draftPlan.id }),
    },

    'inspection.inspections.tasks': { allowed: SIGNED_IN, sees: nobody, secrets: (w) => [w.plan.title] },
    'inspection.inspections.list': {
      allowed: SIGNED_IN,
      input: () => ({ pageSize: 200 }),
      sees: nobody,
      secrets: (w) => [w.visit.id, w.mystery.id, w.draft.id],
    },
    'inspection.inspections.get': [
      { allowed: nobody, input: (w) => ({ id: w.visit.id }) },
      { allowed: nobody, input: (w) => ({ id: w.mystery.id }) },
      { allowed: nobody, input: (w) => ({ id: w.draft.id }) },
    ],
    // A refused start creates nothing the owner could list (a draft is its inspector's alone): the answer
    // itself is the check.
    'inspection.inspections.start': [
      {
        allowed: nobody,
        input: (w) => ({
          clientKey: crypto.randomUUID(),
          hallId: w.hubinId,
          kind: 'MONTHLY_VISIT',
          templateId: w.standard.id,
        }),
      },
      {
        allowed: nobody,
        input: (w) => ({
          clientKey: crypto.randomUUID(),
          hallId: w.hubinId,
          kind: 'SELF_CHECK',
          planEntryId: w.plan.visitEntryId,
        }),
      },
    ],
    'inspection.inspections.saveDraft': {
      allowed: nobody,
      input: (w) => ({ id: w.draft.id, revision: 1, results: [], summary: '冒名草稿' }),
      reread: (w, owners) => inspectionAs(owners, 'sc.sup', w.draft.id),
    },
    'inspection.inspections.markRestPassed': {
      allowed: nobody,
      input: (w) => ({ id: w.draft.id, revision: 1, results: [], summary: '冒名全部合格' }),
      reread: (w, owners) => inspectionAs(owners, 'sc.sup', w.draft.id),
    },
    'inspection.inspections.submit': {
      allowed: nobody,
      input: (w) => ({
        id: w.draft.id,
        results: resultsWithOneProblem(w.standard, w.visit.photoId, '冒名提交'),
      }),
      reread: (w, owners) => inspectionAs(owners, 'sc.sup', w.draft.id),
    },
    'inspection.inspections.publishMystery': {
      allowed: nobody,
      input: (w) => ({ id: w.mystery.id }),
      reread: (w, owners) => inspectionAs(owners, 'city.sup', w.mystery.id),
    },
    'inspection.inspections.uploadPhoto': { allowed: nobody, input: (w) => photoForm(w.hubinId) },

    'inspection.rectifications.list': {
      allowed: SIGNED_IN,
      input: () => ({ pageSize: 200 }),
      sees: nobody,
      secrets: (w) => [w.order.id],
    },
    'inspection.rectifications.get': { allowed: nobody, input: (w) => ({ id: w.order.id }) },
    'inspection.rectifications.respond': {
      allowed: nobody,
      input: (w) => ({ id: w.order.id, measures: '冒名整改', photoIds: [] }),
      reread: orderAsHall,
    },
    'inspection.rectifications.accept': {
      allowed: nobody,
      input: (w) => ({ id: w.order.id }),
      reread: orderAsHall,
    },
    'inspection.rectifications.rejectBack': {
      allowed: nobody,
      input: (w) => ({ id: w.order.id, reason: '冒名退回' }),
      reread: orderAsHall,
    },

    'inspection.defects': { allowed: nobody, input: (w) => ({ hallId: w.hubinId }) },
    'inspection.dashboard': [
      { allowed: nobody, input: (w) => ({ scopeOrgId: w.districtId, month: w.month }) },
      // Without a unit, each caller's own: none of them is 湖滨's.
      { allowed: SIGNED_IN, input: (w) => ({ month: w.month }), sees: nobody, secrets: () => ['湖滨营业厅'] },
    ],

    // The notice's readers (the trainer, HR) may read a unit's short staves; hall staff of another unit may not.
    'inspection.shortStaves': {
      allowed: CITY_STAFF,
      input: (w) => ({ orgNodeId: w.districtId, month: w.month }),
    },
    // A district's month of inspections and orders (performance's run reads it): its supervisors only.
    'inspection.figures.month': { allowed: [], input: (w) => ({ orgNodeId: w.districtId, month: w.month }) },

    'inspection.notices.list': [
      { allowed: SIGNED_IN, input: () => ({ pageSize: 200 }), sees: nobody, secrets: (w) => [w.notice.id] },
      {
        allowed: SIGNED_IN,
        input: () => ({ pageSize: 200 }),
        sees: noticeReaders,
        secrets: (w) => [w.publishedNotice.id],
      },
    ],
    'inspection.notices.get': [
      { allowed: nobody, input: (w) => ({ id: w.notice.id }) },
      { allowed: noticeReaders, input: (w) => ({ id: w.publishedNotice.id }) },
    ],
    'inspection.notices.generate': {
      allowed: nobody,
      input: (w) => ({ scopeOrgId: w.districtId, month: w.month }),
      reread: noticeAsAuthor,
    },
    'inspection.notices.update': {
      allowed: nobody,
      input: (w) => ({ id: w.notice.id, patch: { summary: '冒名摘要' } }),
      reread: noticeAsAuthor,
    },
    'inspection.notices.publish': {
      allowed: nobody,
      input: (w) => ({ id: w.notice.id }),
      reread: noticeAsAuthor,
    },
    'inspection.notices.export': [
      { allowed: nobody, input: (w) => ({ id: w.notice.id }) },
      { allowed: noticeReaders, input: (w) => ({ id: w.publishedNotice.id }) },
    ],

    'inspection.archive.status': {
      allowed: nobody,
      input: (w) => ({ scopeOrgId: w.districtId, month: w.month }),
    },
    'inspection.archive.close': {
      allowed: nobody,
      input: (w) => ({ scopeOrgId: w.districtId, month: addMonths(w.month, -1) }),
      reread: (w, owners) => as(owners, 'sc.sup', 'inspection.archive.list', { scopeOrgId: w.districtId }),
    },
    'inspection.archive.list': { allowed: nobody, input: (w) => ({ scopeOrgId: w.districtId }) },

    'inspection.queue.report': {
      allowed: nobody,
      input: (w) => ({ hallId: w.hubinId, openCounters: 1, waitingCustomers: 5 }),
      reread: readingsAsHall,
    },
    'inspection.queue.alerts': { allowed: SIGNED_IN, sees: nobody, secrets: (w) => [w.alertId] },
    'inspection.queue.readings': { allowed: nobody, input: (w) => ({ hallId: w.hubinId }) },
    'inspection.queue.month': { allowed: nobody, input: (w) => ({ hallId: w.hubinId, month: '2026-11' }) },
    'inspection.queue.acknowledge': {
      allowed: nobody,
      input: (w) => ({ id: w.alertId }),
      reread: readingsAsHall,
    },
    'inspection.queue.settings': { allowed: nobody, input: (w) => ({ cityId: w.cityId }) },
    'inspection.queue.updateSettings': {
      allowed: nobody,
      input: (w) => ({ cityId: w.cityId, level1: 1, level2: 2, planCeiling: 3 }),
      reread: (w, owners) => as(owners, 'city.sup', 'inspection.queue.settings', { cityId: w.cityId }),
    },
    // Everyone's own to-dos (待办): none of the six has a part in 湖滨's order, plan or visits.
    'inspection.pending.mine': { allowed: SIGNED_IN, input: () => ({ limit: 200 }), sees: nobody },
  },
});
