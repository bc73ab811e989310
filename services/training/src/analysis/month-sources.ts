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
  const readers = await deps.prisma.requiredReader.findMany({
    where: {
      requiredReading: { cityId: city.id, month: input.month },
      OR: [{ orgNodeId: { in: nodes } }, { orgPath: { hasSome: nodes } }],
    },
    select: {
      personId: true,
      orgNodeId: true,
      requiredReading: {
        select: { id: true, deadline: true, articleId: true, article: { select: { title: true } } },
      },
    },
  });
  const finished = await deps.prisma.articleRead.findMany({
    where: {
      articleId: { in: [...new Set(readers.map((r) => r.requiredReading.articleId))] },
      personId: { in: [...new Set(readers.map((r) => r.personId))] },
      finishedAt: { not: null },
    },
    select: { articleId: true, personId: true, finishedAt: true },
  });
  const finishedAt = new Map(finished.map((r) => [`${r.articleId}:${r.personId}`, r.finishedAt]));
  const now = deps.now();
  return {
    unread: readers
      .filter(
        (r) =>
          requirementOutcome(
            r.requiredReading.deadline,
            finishedAt.get(`${r.requiredReading.articleId}:${r.personId}`) ?? null,
            now,
          ) === 'UNREAD',
      )
      .map((r): UnreadFigure => ({
        requiredReadingId: r.requiredReading.id,
        articleId: r.requiredReading.articleId,
        articleTitle: r.requiredReading.article.title,
        deadline: r.requiredReading.deadline,
        personId: r.personId,
        hallId: r.orgNodeId,
      })),
  };
}
