// The knowledge-point tree (知识点) the trainer edits: list, create, rename, move/reorder, delete when empty.
import { bankErrors } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { buildKnowledgeTree, wouldCycle } from '../domain/bank-knowledge-tree.ts';
import type { TrainingPrisma } from '../prisma.ts';
import { isForeignKeyViolation, isUniqueViolation } from './prisma-errors.ts';
import { table } from './raw-sql.ts';
import { bankCityOf, type BankCtx } from './access.ts';

async function pointOrFail(deps: TrainingDeps, cityId: string, id: string, field = 'id') {
  const point = await deps.prisma.knowledgePoint.findFirst({ where: { id, cityId } });
  if (!point) throw bankErrors.knowledgePointNotFound({}, field);
  return point;
}

/** The city's tree, each node with its path and how many questions (retired ones included) hang on it. */
export async function knowledgeTree(deps: TrainingDeps, ctx: BankCtx) {
  const cityId = await bankCityOf(deps, ctx);
  const [nodes, counts] = await Promise.all([
    deps.prisma.knowledgePoint.findMany({
      where: { cityId },
      select: { id: true, parentId: true, name: true, sortOrder: true },
    }),
    deps.prisma.question.groupBy({ by: ['knowledgePointId'], where: { cityId }, _count: { _all: true } }),
  ]);
  const questions = new Map(counts.map((c) => [c.knowledgePointId, c._count._all]));
  const withCounts = (tree: ReturnType<typeof buildKnowledgeTree>): KnowledgePointNode[] =>
    tree.map((node) => ({
      id: node.id,
      parentId: node.parentId,
      name: node.name,
      path: node.path,
      questionCount: questions.get(node.id) ?? 0,
      children: withCounts(node.children),
    }));
  return withCounts(buildKnowledgeTree(nodes));
}

export interface KnowledgePointNode {
  id: string;
  parentId: string | null;
  name: string;
  path: string;
  questionCount: number;
  children: KnowledgePointNode[];
}

/** A sibling took the name meanwhile, or the parent was deleted meanwhile. */
const refusalOf = (error: unknown, name: string) =>
  isUniqueViolation(error)
    ? bankErrors.knowledgePointNameTaken({ name }, 'name')
    : isForeignKeyViolation(error)
      ? bankErrors.knowledgePointNotFound({}, 'parentId')
      : error;

export async function createKnowledgePoint(
  deps: TrainingDeps,
  ctx: BankCtx,
  input: { parentId: string | null; name: string },
) {
  const cityId = await bankCityOf(deps, ctx);
  if (input.parentId) await pointOrFail(deps, cityId, input.parentId, 'parentId');
  await assertNameFree(deps, cityId, input.parentId, input.name);
  const last = await deps.prisma.knowledgePoint.aggregate({
    where: { cityId, parentId: input.parentId },
    _max: { sortOrder: true },
  });
  try {
    const point = await deps.prisma.knowledgePoint.create({
      data: {
        cityId,
        parentId: input.parentId,
        name: input.name,
        sortOrder: (last._max.sortOrder ?? -1) + 1,
      },
    });
    return { id: point.id };
  } catch (error) {
    throw refusalOf(error, input.name);
  }
}

/** Unique among siblings; the database's unique index does not see two top-level names (NULL parents) as equal. */
async function assertNameFree(
  deps: TrainingDeps,
  cityId: string,
  parentId: string | null,
  name: string,
  except?: string,
) {
  const sibling = await deps.prisma.knowledgePoint.findFirst({
    where: { cityId, parentId, name, ...(except ? { id: { not: except } } : {}) },
  });
  if (sibling) throw bankErrors.knowledgePointNameTaken({ name }, 'name');
}

export async function renameKnowledgePoint(
  deps: TrainingDeps,
  ctx: BankCtx,
  input: { id: string; name: string },
) {
  const cityId = await bankCityOf(deps, ctx);
  const point = await pointOrFail(deps, cityId, input.id);
  await assertNameFree(deps, cityId, point.parentId, input.name, point.id);
  try {
    await deps.prisma.knowledgePoint.update({ where: { id: point.id }, data: { name: input.name } });
  } catch (error) {
    throw refusalOf(error, input.name);
  }
}

/** Puts the node under `parentId` (null: top level) at `position` among its new siblings, renumbering them. */
export async function moveKnowledgePoint(
  deps: TrainingDeps,
  ctx: BankCtx,
  input: { id: string; parentId: string | null; position: number },
) {
  const cityId = await bankCityOf(deps, ctx);
  const point = await pointOrFail(deps, cityId, input.id);
  if (input.parentId) await pointOrFail(deps, cityId, input.parentId, 'parentId');
  const nodes = await deps.prisma.knowledgePoint.findMany({ where: { cityId } });
  if (wouldCycle(nodes, point.id, input.parentId)) throw bankErrors.knowledgePointCycle({}, 'parentId');
  if (input.parentId !== point.parentId)
    await assertNameFree(deps, cityId, input.parentId, point.name, point.id);
  const siblings = nodes
    .filter((n) => n.parentId === input.parentId && n.id !== point.id)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'));
  siblings.splice(Math.min(input.position, siblings.length), 0, point);
  try {
    await deps.prisma.$transaction(
      siblings.map((node, sortOrder) =>
        deps.prisma.knowledgePoint.update({
          where: { id: node.id },
          data: { sortOrder, ...(node.id === point.id ? { parentId: input.parentId } : {}) },
        }),
      ),
    );
  } catch (error) {
    throw refusalOf(error, point.name);
  }
}

/** Only an empty node goes: no question (retired ones included, their history needs it) and no child. */
export async function deleteKnowledgePoint(deps: TrainingDeps, ctx: BankCtx, id: string) {
  const cityId = await bankCityOf(deps, ctx);
  const point = await pointOrFail(deps, cityId, id);
  // The node locked while it is counted and deleted: a question or child being added waits on it (its foreign key)
  // and is then refused, or was added first and is counted. (Deleting a parent would otherwise set a child's
  // parent to null — Prisma's default for an optional relation — and lift it to the top level.)
  await deps.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM ${table('KnowledgePoint')} WHERE id = ${point.id}::uuid FOR UPDATE`;
    const { questions, children } = await usage(tx, point.id);
    if (questions > 0 || children > 0) throw bankErrors.knowledgePointInUse({ questions, children }, 'id');
    await tx.knowledgePoint.delete({ where: { id: point.id } });
  });
}

async function usage(prisma: Pick<TrainingPrisma, 'question' | 'knowledgePoint'>, id: string) {
  const questions = await prisma.question.count({ where: { knowledgePointId: id } });
  const children = await prisma.knowledgePoint.count({ where: { parentId: id } });
  return { questions, children };
}
