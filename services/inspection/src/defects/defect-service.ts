import type { Actor } from '@duda/authz';
import { inspectionErrors } from '@duda/contract-inspection';
import { assertCan, type CallerContext } from '@duda/service-kit';
import { type ChecklistSection, type InspectionKind } from '@duda/contract-inspection';
import { addCalendarDays, chinaDateOf } from '@duda/month';
import { buildDefectLibrary } from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import { visibleInspections } from '../inspections/access.ts';

type Ctx = CallerContext & { actor: Actor };

/** A hall's defect library (缺陷库) over the last year: problems grouped by item, recurring ones first. */
export async function hallDefects(deps: InspectionDeps, ctx: Ctx, hallId: string) {
  assertCan(ctx.actor, 'inspection.read', { orgNodeId: hallId }, inspectionErrors.readDefectsDenied);
  const today = chinaDateOf(deps.now());
  const problems = await deps.prisma.itemResult.findMany({
    where: {
      problem: true,
      inspection: {
        AND: [
          visibleInspections(ctx.actor),
          { hallId, status: 'SUBMITTED', inspectedOn: { gte: addCalendarDays(today, -365) } },
        ],
      },
    },
    select: {
      itemCode: true,
      inspection: { select: { id: true, inspectedOn: true, kind: true, templateId: true } },
    },
  });
  const templates = await deps.prisma.checklistTemplate.findMany({
    where: { id: { in: [...new Set(problems.map((p) => p.inspection.templateId))] } },
    select: { id: true, sections: true },
  });
  const items = new Map<string, { title: string; section: string }>();
  for (const t of templates) {
    for (const section of t.sections as unknown as ChecklistSection[]) {
      for (const item of section.items)
        items.set(`${t.id}:${item.code}`, { title: item.title, section: section.name });
    }
  }
  const rectifications = await deps.prisma.rectificationOrder.findMany({
    where: { hallId },
    select: { itemCode: true, status: true },
  });
  return buildDefectLibrary(
    problems.map((p) => {
      const item = items.get(`${p.inspection.templateId}:${p.itemCode}`);
      return {
        itemCode: p.itemCode,
        itemTitle: item?.title ?? p.itemCode,
        sectionName: item?.section ?? '',
        inspectionId: p.inspection.id,
        inspectedOn: p.inspection.inspectedOn,
        kind: p.inspection.kind as InspectionKind,
      };
    }),
    { today, rectifications },
  );
}
