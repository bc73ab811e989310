// A person's skills in a month: what their analysis shows beside the exams (training.skills.personSummary), and
// the caller's own results (我的技能成绩).
import type { SkillsSummary } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { assertTakesTests, readableWhere, type SkillsCtx } from './access.ts';
import { bestTyping, handlingAverages, oralMean } from './averages.ts';
import { handlingView } from './handling.ts';
import { typingView } from './typing.ts';

async function monthOf(deps: TrainingDeps, personId: string, month: string, scope: object) {
  const where = { AND: [scope, { personId, month }] };
  const [oral, typing, handling] = await Promise.all([
    deps.prisma.oralExam.findMany({
      where: { AND: [where, { deletedAt: null }] },
      orderBy: { heldOn: 'asc' },
    }),
    deps.prisma.typingResult.findMany({ where, orderBy: { takenAt: 'asc' } }),
    deps.prisma.handlingRecord.findMany({ where, orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }] }),
  ]);
  const summary: SkillsSummary = {
    personId,
    month,
    oral: { count: oral.length, mean: oralMean(oral.map((o) => o.score)) },
    typing: bestTyping(typing),
    handling: handlingAverages(handling),
  };
  return { summary, oral, typing, handling };
}

/** Someone's month, counting only records of halls in the caller's scope (or the caller's own). */
export async function personSummary(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  input: { personId: string; month: string },
): Promise<SkillsSummary> {
  const scope = input.personId === ctx.actor.personId ? {} : readableWhere(ctx.actor);
  return (await monthOf(deps, input.personId, input.month, scope)).summary;
}

export async function mySkills(deps: TrainingDeps, ctx: SkillsCtx, input: { month: string }) {
  assertTakesTests(ctx.actor);
  const { summary, oral, typing, handling } = await monthOf(deps, ctx.actor.personId, input.month, {});
  return {
    summary,
    oralExams: oral.map((o) => ({
      id: o.id,
      heldOn: o.heldOn,
      score: o.score,
      questions: o.questions as { text: string }[],
      notes: o.notes,
      recordedByName: o.recordedByName,
    })),
    typingResults: typing.map(typingView),
    handlingRecords: handling.map(handlingView),
  };
}
