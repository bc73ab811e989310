// 表扬: the superior marks an improver of a shown month recognised, with a note; once per scorecard.
import { coachingErrors, type coachingInputs } from '@duda/contract-performance';
import { previousMonth } from '@duda/month';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { improverReasons } from '../domain/coaching.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { coaches } from './access.ts';
import { thresholdsOf } from './settings.ts';

export async function recognise(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof coachingInputs.recognise>,
) {
  const card = await deps.prisma.scorecard.findUnique({ where: { id: input.scorecardId } });
  if (!card) throw coachingErrors.scorecardNotFound();
  if (!coaches(ctx, card)) throw coachingErrors.recogniseDenied();
  if (card.status !== 'ASSESSED') throw coachingErrors.notShown();
  const thresholds = await thresholdsOf(deps.prisma, card.cityId);
  const before = await deps.prisma.scorecard.findUnique({
    where: { month_personId: { month: previousMonth(card.month), personId: card.personId } },
  });
  const shown = (one: typeof card) => ({ final: one.final, grade: one.calibratedGrade ?? one.grade });
  const last = before?.status === 'ASSESSED' ? shown(before) : null;
  if (improverReasons(shown(card), last, thresholds).length === 0)
    throw coachingErrors.notImprover({ improveBy: thresholds.improveBy });
  const row = { note: input.note, byId: ctx.actor.personId, byName: ctx.actor.name, at: deps.now() };
  // The primary key is the scorecard: a second recognition, however concurrent, is refused by the insert itself.
  const created = await deps.prisma.recognition.createMany({
    data: [
      {
        scorecardId: card.id,
        cityId: card.cityId,
        month: card.month,
        personId: card.personId,
        personName: card.personName,
        hallId: card.hallId,
        ...row,
      },
    ],
    skipDuplicates: true,
  });
  if (created.count === 0) throw coachingErrors.alreadyRecognised();
  return { scorecardId: card.id, note: row.note, byName: row.byName, at: row.at };
}
