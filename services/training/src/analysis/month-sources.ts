// `training.figures.skills` and `training.figures.reading`: the caller's city's month of skill tests and of unread
// required reading, person by person, for performance's monthly run (技能测试 and 必读未读). Like
// `training.figures.month`, holders of training.analysis.read ask and get the people of their scope only; each row
// carries what performance links as the evidence behind the figure. One query per kind for the whole city, so a
// city of 3,000 people is a few round trips, never one per person.
import type { HandlingTask } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { requirementOutcome } from '../domain/required-reading.ts';
import { homeCityOf } from '../ports/org-directory.ts';
import { analysisScope, type AnalysisCtx } from './access.ts';
import { table } from './sql.ts';

/** One business-handling exercise (业务办理速度与准确率) the hall manager recorded in the offline environment. */
export interface SkillTestFigure {
  id: string;
  personId: string;
  hallId: string;
  task: HandlingTask;
  seconds: number;
  errors: number;
  heldOn: string;
}

/** One required item due in the month that the person had not read to the end by its deadline. */
export interface UnreadFigure {
  requiredReadingId: string;
  articleId: string;
  articleTitle: string;
  deadline: Date;
  personId: string;
  hallId: string;
}

const inScope = (nodeIds: ReadonlySet<string>) => {
  const nodes = [...nodeIds];
  return { OR: [{ hallId: { in: nodes } }, { orgPath: { hasSome: nodes } }] };
};

export async function skillFigures(deps: TrainingDeps, ctx: AnalysisCtx, input: { month: string }) {
  const scope = analysisScope(ctx.actor);
  const city = await homeCityOf(deps.org, ctx);
  if (!city) return { tests: [] as SkillTestFigure[] };
  const rows = await deps.prisma.handlingRecord.findMany({
    where: { AND: [{ month: input.month, orgPath: { has: city.id } }, inScope(scope.nodeIds)] },
    select: { id: true, personId: true, hallId: true, task: true, seconds: true, errors: true, heldOn: true },
    orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }],
  });
  return { tests: rows satisfies SkillTestFigure[] };
}

export async function readingFigures(deps: TrainingDeps, ctx: AnalysisCtx, input: { month: string }) {
  const scope = analysisScope(ctx.actor);
  const city = await homeCityOf(deps.org, ctx);
  if (!city) return { unread: [] as UnreadFigure[] };
  const nodes = [...scope.nodeIds];
  // One statement for the city: the readers in scope of the month's items who had not finished by the deadline
  // (whoever did can never count — requirementOutcome's FINISHED), with when they finished if late. A city of 3,000
  // with four items is then its unread rows (1,800 in performance's province bench), not 12,000 readers and 10,000
  // reads loaded and matched here (4× slower, and a 12,000-parameter query for the readers' four items).
  const rows = await deps.prisma.$queryRaw<(UnreadFigure & { deadline: Date; finishedAt: Date | null })[]>`
    SELECT r."id" AS "requiredReadingId", r."articleId", a."title" AS "articleTitle", r."deadline",
           x."personId", x."orgNodeId" AS "hallId", rd."finishedAt"
      FROM ${table('RequiredReader')} x
      JOIN ${table('RequiredReading')} r ON r."id" = x."requiredReadingId"
      JOIN ${table('Article')} a ON a."id" = r."articleId"
      LEFT JOIN ${table('ArticleRead')} rd ON rd."articleId" = r."articleId" AND rd."personId" = x."personId"
     WHERE r."cityId" = ${city.id}::uuid AND r."month" = ${input.month}
       AND (x."orgNodeId" = ANY(${nodes}::uuid[]) OR x."orgPath" && ${nodes}::uuid[])
       AND (rd."finishedAt" IS NULL OR rd."finishedAt" > r."deadline")`;
  const now = deps.now();
  return {
    unread: rows
      .filter((row) => requirementOutcome(row.deadline, row.finishedAt, now) === 'UNREAD')
      .map((row): UnreadFigure => ({
        requiredReadingId: row.requiredReadingId,
        articleId: row.articleId,
        articleTitle: row.articleTitle,
        deadline: row.deadline,
        personId: row.personId,
        hallId: row.hallId,
      })),
  };
}
