// 其余全部合格 on the server: the draft the page holds is saved with every unjudged item passed (the domain's
// markRestPassed), and who applied it, when and to which items is recorded in the same transaction.
import type { Actor } from '@duda/authz';
import { inspectionErrors, validateDraft } from '@duda/contract-inspection';
import type { DraftItemResultInput } from '@duda/contract-inspection';
import type { CallerContext } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import { markRestPassed } from '../domain/index.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { assertPhotosOfHall } from '../photos/photo-service.ts';
import { toDomainTemplate } from '../templates/mapping.ts';
import { asDomainResults, ownDraft } from './lifecycle.ts';

type Ctx = CallerContext & { actor: Actor };

export interface RestPassInput {
  id: string;
  /** The draft revision the page last saw; an older one is refused like a stale autosave. */
  revision: number;
  results: DraftItemResultInput[];
  summary?: string | null;
}

export async function passTheRest(deps: InspectionDeps, ctx: Ctx, input: RestPassInput) {
  const row = await ownDraft(deps, ctx, input.id);
  const template = toDomainTemplate(row.template);
  const { results, marked } = markRestPassed(row, template.sections, input.results);
  validateDraft(template, asDomainResults(results));
  await assertPhotosOfHall(
    deps,
    row.hallId,
    results.flatMap((r) => r.photoIds),
    'results',
  );
  const now = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    const saved = await tx.inspection.updateMany({
      where: { id: row.id, status: 'DRAFT', draftRevision: input.revision },
      data: {
        draftResults: results as unknown as Prisma.InputJsonValue,
        summary: input.summary ?? null,
        draftRevision: { increment: 1 },
        updatedAt: now,
      },
    });
    if (saved.count === 0) throw inspectionErrors.draftChangedElsewhere();
    if (marked.length > 0)
      await tx.restPassMark.create({
        data: {
          inspectionId: row.id,
          at: now,
          actorId: ctx.actor.personId,
          actorName: ctx.actor.name,
          itemCount: marked.length,
          itemCodes: marked.map((mark) => mark.itemCode),
        },
      });
    return { revision: input.revision + 1, savedAt: now, marked };
  });
}
