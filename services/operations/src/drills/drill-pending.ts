// The contingency to-dos in operations' inbox part (ADR 0018): for a hall's managers the drills due or overdue and
// the incidents or drills still open; for its supervisors the incidents sent up to them and the drills to evaluate.
import { definePendingKinds, type PendingAction } from '@duda/contract-kit';
import { INCIDENT_MODE_LABELS } from '@duda/contract-operations';
import { chinaDateOf, endOfChinaDay } from '@duda/month';
import type { OperationsDeps } from '../deps.ts';
import { nodesFor, type Ctx } from '../access.ts';
import { drillDue } from '../domain/drill-schedule.ts';

export const contingencyPendingKinds = definePendingKinds('operations', {
  'drill.due': { 'zh-CN': '组织应急演练', en: 'Hold a drill' },
  'incident.open': { 'zh-CN': '继续应急处置', en: 'Continue an incident' },
  'incident.escalated': { 'zh-CN': '处理上报的突发事件', en: 'Take up an escalated incident' },
  'drill.evaluate': { 'zh-CN': '评估应急演练', en: 'Evaluate a drill' },
});

export async function contingencyPending(deps: OperationsDeps, ctx: Ctx): Promise<PendingAction[]> {
  const halls = nodesFor(ctx.actor, 'operations.incident.run');
  const overseen = nodesFor(ctx.actor, 'operations.incident.oversee');
  const evaluated = nodesFor(ctx.actor, 'operations.drill.evaluate');
  if (halls.length + overseen.length + evaluated.length === 0) return [];
  const [scheduled, open, escalated, done] = await Promise.all([
    deps.prisma.drill.findMany({
      where: { orgNodeId: { in: halls }, incidentId: null },
      include: { plan: { select: { title: true } } },
    }),
    deps.prisma.incident.findMany({ where: { orgNodeId: { in: halls }, closedAt: null } }),
    deps.prisma.incident.findMany({
      where: { orgNodeId: { in: overseen }, escalatedAt: { not: null }, acknowledgedAt: null },
    }),
    deps.prisma.drill.findMany({
      where: { orgNodeId: { in: evaluated }, evaluatedAt: null, incident: { closedAt: { not: null } } },
      include: { plan: { select: { title: true } } },
    }),
  ]);
  const today = chinaDateOf(deps.now());
  const common = (row: { orgNodeId: string; orgName: string }) => ({
    orgNodeId: row.orgNodeId,
    orgName: row.orgName,
  });
  return [
    ...scheduled.flatMap((drill) => {
      const due = drillDue(drill.dueOn, today);
      if (due === 'LATER') return [];
      return [
        contingencyPendingKinds.action('drill.due', {
          objectId: drill.id,
          title: `${drill.plan.title}（演练）`,
          ...common(drill),
          dueAt: endOfChinaDay(drill.dueOn),
          overdue: due === 'OVERDUE',
          path: `drills?drill=${drill.id}`,
        }),
      ];
    }),
    ...open.map((incident) =>
      contingencyPendingKinds.action('incident.open', {
        objectId: incident.id,
        title: `${incident.title}（${INCIDENT_MODE_LABELS[incident.mode]['zh-CN']}）`,
        ...common(incident),
        dueAt: null,
        overdue: false,
        path: `incidents/${incident.id}`,
      }),
    ),
    ...escalated.map((incident) =>
      contingencyPendingKinds.action('incident.escalated', {
        objectId: incident.id,
        title: `${incident.orgName}：${incident.title}`,
        ...common(incident),
        dueAt: null,
        overdue: false,
        path: `incidents/${incident.id}`,
      }),
    ),
    ...done.map((drill) =>
      contingencyPendingKinds.action('drill.evaluate', {
        objectId: drill.id,
        title: `${drill.orgName}：${drill.plan.title}`,
        ...common(drill),
        dueAt: null,
        overdue: false,
        path: `drills?drill=${drill.id}`,
      }),
    ),
  ];
}
