// Questions of the bank (题目): create, edit (in place or as a new version), retire and restore, read with the
// answer key and their version history. Only the trainer of the question's city reaches any of it.
import { randomUUID } from 'node:crypto';
import { bankErrors, validateQuestion, type QuestionContent } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { knowledgePaths } from '../domain/bank-knowledge-tree.ts';
import { planQuestionEdit } from '../domain/question-versions.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { TrainingPrisma } from '../prisma.ts';
import { bankCityOf, type BankCtx } from './access.ts';
import { isForeignKeyViolation } from './prisma-errors.ts';
import { currentOf, toDetail } from './question-rows.ts';
import { table } from './raw-sql.ts';

type Json = Prisma.InputJsonValue;

/** Tags as a set: trimmed by the schema, here without repeats in the order given. */
const distinctTags = (tags: readonly string[]) => [...new Set(tags)];

export async function cityPaths(deps: TrainingDeps, cityId: string) {
  const nodes = await deps.prisma.knowledgePoint.findMany({ where: { cityId } });
  return knowledgePaths(nodes);
}

async function assertKnowledgePoint(deps: TrainingDeps, cityId: string, id: string) {
  const point = await deps.prisma.knowledgePoint.findFirst({ where: { id, cityId }, select: { id: true } });
  if (!point) throw bankErrors.knowledgePointNotFound({}, 'knowledgePointId');
}

/** The knowledge point was deleted between the check and the write: the foreign key refused the question. */
const knowledgePointGone = (error: unknown): never => {
  throw isForeignKeyViolation(error) ? bankErrors.knowledgePointNotFound({}, 'knowledgePointId') : error;
};

async function questionOrFail(deps: TrainingDeps, cityId: string, id: string) {
  const question = await deps.prisma.question.findFirst({
    where: { id, cityId },
    include: { versions: true },
  });
  if (!question) throw bankErrors.questionNotFound({}, 'id');
  return question;
}

/** The question's own (unversioned) fields from the editor's content. */
const questionFields = (content: QuestionContent) => ({
  knowledgePointId: content.knowledgePointId,
  businessLine: content.businessLine,
  difficulty: content.difficulty,
  source: content.source,
  tags: distinctTags(content.tags),
});

const versionFields = (content: QuestionContent) => ({
  stem: content.stem,
  body: content.body as Json,
  answerKey: content.key as Json,
  points: content.points,
});

/** The writes of one new question (version 1). */
export const newQuestionData = (cityId: string, personId: string, content: QuestionContent) => ({
  cityId,
  type: content.body.type,
  ...questionFields(content),
  createdById: personId,
  versions: { create: { version: 1, ...versionFields(content), createdById: personId } },
});

/**
 * Many new questions in two statements (an import of up to 2,000 rows): one row per statement would outlast the
 * transaction's time limit.
 */
export function createQuestionsAtOnce(
  deps: TrainingDeps,
  cityId: string,
  personId: string,
  contents: QuestionContent[],
) {
  const ids = contents.map(() => randomUUID());
  return deps.prisma
    .$transaction([
      deps.prisma.question.createMany({
        data: contents.map((content, i) => ({
          id: ids[i],
          cityId,
          type: content.body.type,
          ...questionFields(content),
          createdById: personId,
        })),
      }),
      deps.prisma.questionVersion.createMany({
        data: contents.map((content, i) => ({
          questionId: ids[i]!,
          version: 1,
          ...versionFields(content),
          createdById: personId,
        })),
      }),
    ])
    .catch(knowledgePointGone);
}

export async function createQuestion(deps: TrainingDeps, ctx: BankCtx, content: QuestionContent) {
  const cityId = await bankCityOf(deps, ctx);
  validateQuestion(content);
  await assertKnowledgePoint(deps, cityId, content.knowledgePointId);
  const question = await deps.prisma.question
    .create({ data: newQuestionData(cityId, ctx.actor.personId, content) })
    .catch(knowledgePointGone);
  return { id: question.id, version: 1 };
}

/** Whether any attempt's draw names the version (a draw that did not set usedAt still froze it). */
async function drawnByAnAttempt(
  prisma: Pick<TrainingPrisma, 'examAttempt'>,
  versionId: string,
): Promise<boolean> {
  const attempt = await prisma.examAttempt.findFirst({
    where: { draw: { path: ['slots'], array_contains: [{ versionId }] } },
    select: { id: true },
  });
  return attempt !== null;
}

/**
 * Saves an edit: the question's own fields always; its content in place while no attempt has used the current
 * version, else as a new version that becomes current (attempts keep the one they showed).
 */
export async function updateQuestion(
  deps: TrainingDeps,
  ctx: BankCtx,
  input: QuestionContent & { id: string },
) {
  const cityId = await bankCityOf(deps, ctx);
  const question = await questionOrFail(deps, cityId, input.id);
  if (input.body.type !== question.type) throw bankErrors.typeChangeRefused({}, 'body.type');
  validateQuestion(input);
  await assertKnowledgePoint(deps, cityId, input.knowledgePointId);
  const next = { stem: input.stem, body: input.body, key: input.key, points: input.points };
  // Edits of one question one after the other: two at once would both make the same next version.
  const saved = deps.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM ${table('Question')} WHERE id = ${question.id}::uuid FOR UPDATE`;
    const current = currentOf(
      await tx.question.findUniqueOrThrow({ where: { id: question.id }, include: { versions: true } }),
    );
    const used = current.usedAt !== null || (await drawnByAnAttempt(tx, current.id));
    const edit = planQuestionEdit({ ...current, key: current.answerKey }, next, used);
    await tx.question.update({
      where: { id: question.id },
      data: {
        ...questionFields(input),
        ...(edit.kind === 'NEW_VERSION' ? { currentVersion: edit.version } : {}),
      },
    });
    if (edit.kind === 'IN_PLACE')
      await tx.questionVersion.update({ where: { id: current.id }, data: versionFields(input) });
    if (edit.kind === 'NEW_VERSION')
      await tx.questionVersion.create({
        data: {
          questionId: question.id,
          version: edit.version,
          ...versionFields(input),
          createdById: ctx.actor.personId,
        },
      });
    return {
      id: question.id,
      version: edit.kind === 'NEW_VERSION' ? edit.version : current.version,
      edit: edit.kind,
    };
  });
  return saved.catch(knowledgePointGone);
}

/** Retired questions stay (past attempts and papers point at them) but are drawn no more; idempotent. */
export async function setQuestionRetired(deps: TrainingDeps, ctx: BankCtx, id: string, retired: boolean) {
  const cityId = await bankCityOf(deps, ctx);
  const question = await questionOrFail(deps, cityId, id);
  if ((question.retiredAt !== null) === retired) return;
  await deps.prisma.question.update({ where: { id }, data: { retiredAt: retired ? deps.now() : null } });
}

/** One question with its answer key (the trainer's view). */
export async function getQuestion(deps: TrainingDeps, ctx: BankCtx, id: string) {
  const cityId = await bankCityOf(deps, ctx);
  const question = await questionOrFail(deps, cityId, id);
  return toDetail(question, await cityPaths(deps, cityId));
}

/** Every version, newest first, with what it said, its key and whether an attempt has used it. */
export async function questionVersions(deps: TrainingDeps, ctx: BankCtx, id: string) {
  const cityId = await bankCityOf(deps, ctx);
  const question = await questionOrFail(deps, cityId, id);
  return [...question.versions]
    .sort((a, b) => b.version - a.version)
    .map((v) => ({
      id: v.id,
      version: v.version,
      current: v.version === question.currentVersion,
      stem: v.stem,
      body: v.body as unknown as QuestionContent['body'],
      key: v.answerKey as unknown as QuestionContent['key'],
      points: v.points,
      usedAt: v.usedAt,
      createdAt: v.createdAt,
    }));
}
