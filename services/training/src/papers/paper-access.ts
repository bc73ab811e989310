// Who keeps papers: whoever runs the city's exams (培训管理员). A paper belongs to one city.
import type { Actor } from '@duda/authz';
import { can, scopeOf } from '@duda/authz';
import { papersErrors } from '@duda/contract-training';
import { assertCan, type CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { homeCityOf } from '../ports/org-directory.ts';

export type PaperCtx = CallerContext & { actor: Actor };

/** The caller's city, once it is clear they may keep its papers. */
export async function paperCityOf(deps: TrainingDeps, ctx: PaperCtx): Promise<string> {
  const city = await homeCityOf(deps.org, ctx);
  if (!city) throw papersErrors.noCity();
  assertCan(ctx.actor, 'training.exam.manage', { orgNodeId: city.id }, papersErrors.manageDenied);
  return city.id;
}

/** The cities whose papers the caller keeps; refused outright when none. */
export function paperCitiesOf(ctx: PaperCtx): string[] {
  const { orgNodeIds } = scopeOf(ctx.actor, 'training.exam.manage');
  if (orgNodeIds.length === 0) throw papersErrors.readDenied();
  return orgNodeIds;
}

export async function paperOrFail(deps: TrainingDeps, ctx: PaperCtx, id: string) {
  const paper = await deps.prisma.paper.findUnique({ where: { id } });
  if (!paper) throw papersErrors.notFound();
  if (!can(ctx.actor, 'training.exam.manage', { orgNodeId: paper.cityId })) throw papersErrors.readDenied();
  return paper;
}
