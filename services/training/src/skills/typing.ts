// 打字测试: the examinee submits the passage id, the committed text and the time from first input to submit; the
// score is computed here (domain/typing.ts), never taken from the page, and an impossible one is refused.
import { addCalendarDays, endOfChinaDay, monthOf, chinaDateOf, startOfChinaDay } from '@duda/month';
import { mondayOf, passageById, skillsErrors } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { implausibleTyping, scoreTyping } from '../domain/typing.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { assertTakesTests, readableWhere, type SkillsCtx } from './access.ts';
import { selfAsExaminee } from './examinee.ts';
import { pageOf, type RecordFilter } from './filters.ts';

type TypingRow = Prisma.TypingResultGetPayload<object>;

export const typingView = (row: TypingRow) => ({
  id: row.id,
  personId: row.personId,
  personName: row.personName,
  staffNo: row.staffNo,
  hallName: row.hallName,
  passageId: row.passageId,
  elapsedMs: row.elapsedMs,
  cpm: row.cpm,
  accuracy: row.accuracy,
  errors: row.errors,
  takenAt: row.takenAt,
});

export async function submitTyping(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  input: { passageId: string; typed: string; elapsedMs: number },
) {
  assertTakesTests(ctx.actor);
  // The contract's enum admits only known ids; a passage removed since would read as unknown.
  const passage = passageById(input.passageId)!;
  const score = scoreTyping(passage.text, input.typed, input.elapsedMs);
  const refusal = implausibleTyping(score, passage.script, input.elapsedMs);
  if (refusal?.reason === 'tooFast') throw skillsErrors.tooFast({ cpm: refusal.cpm, limit: refusal.limit });
  if (refusal) throw skillsErrors[refusal.reason]();
  const examinee = await selfAsExaminee(deps.org, ctx);
  const now = deps.now();
  const row = await deps.prisma.typingResult.create({
    data: {
      ...examinee,
      passageId: passage.id,
      typed: input.typed,
      elapsedMs: input.elapsedMs,
      cpm: score.cpm,
      accuracy: score.accuracy,
      errors: score.errors,
      month: monthOf(chinaDateOf(now)),
      takenAt: now,
    },
  });
  return { ...typingView(row), typedChars: score.typedChars, passageChars: score.passageChars };
}

function weekRange(week: string) {
  const monday = mondayOf(week);
  return { gte: startOfChinaDay(monday), lte: endOfChinaDay(addCalendarDays(monday, 6)) };
}

export async function listTyping(deps: TrainingDeps, ctx: SkillsCtx, filter: RecordFilter) {
  const where = {
    AND: [
      readableWhere(ctx.actor),
      {
        ...(filter.hallId ? { hallId: filter.hallId } : {}),
        ...(filter.personId ? { personId: filter.personId } : {}),
        ...(filter.month ? { month: filter.month } : {}),
        ...(filter.week ? { takenAt: weekRange(filter.week) } : {}),
      },
    ],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.typingResult.findMany({ where, orderBy: { takenAt: 'desc' }, ...pageOf(filter) }),
    deps.prisma.typingResult.count({ where }),
  ]);
  return { items: rows.map(typingView), total, page: filter.page, pageSize: filter.pageSize };
}
