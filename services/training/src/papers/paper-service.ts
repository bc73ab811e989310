// `training.papers.*`: fixed and random papers (试卷), DRAFT → PUBLISHED → RETIRED. A paper that is not a draft is
// never edited (an exam may be using it); it is copied to a new draft instead.
import type { AppError } from '@duda/contract-kit';
import {
  paperTotal,
  papersErrors,
  type PaperKind,
  type PaperRule,
  type PaperSlot,
  type PaperStatus,
} from '@duda/contract-training';
import { skipTake, type Page, type PageInput } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { paperCitiesOf, paperCityOf, paperOrFail, type PaperCtx } from './paper-access.ts';
import { bankOf, shortfallsOf, slotErrors, unknownPointErrors, type BankView } from './paper-check.ts';

export interface PaperContent {
  title: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  slots: PaperSlot[];
  rules: PaperRule[];
}

type PaperRow = Awaited<ReturnType<typeof paperOrFail>>;
export const slotsOf = (row: { slots: unknown }) => row.slots as PaperSlot[];
export const rulesOf = (row: { rules: unknown }) => row.rules as PaperRule[];

const wire = (error: AppError) => ({ code: error.code, params: error.params });

/** The content a paper of this kind keeps: a fixed paper has no rules, a random one no slots. */
function contentFor(kind: PaperKind, content: PaperContent) {
  const slots = kind === 'FIXED' ? content.slots : [];
  const rules = kind === 'RANDOM' ? content.rules : [];
  return {
    title: content.title,
    shuffleQuestions: content.shuffleQuestions,
    shuffleOptions: content.shuffleOptions,
    slots: slots as unknown as Prisma.InputJsonValue,
    rules: rules as unknown as Prisma.InputJsonValue,
    totalPoints: paperTotal({ kind, slots, rules }),
  };
}

/** What a draft may hold: questions the bank offers, once each; rules on known knowledge points. */
function assertContent(kind: PaperKind, content: PaperContent, bank: BankView): void {
  const [problem] =
    kind === 'FIXED' ? slotErrors(content.slots, bank) : unknownPointErrors(content.rules, bank);
  if (problem) throw problem;
}

export async function listPapers(
  deps: TrainingDeps,
  ctx: PaperCtx,
  filter: PageInput & { q?: string | null; status?: PaperStatus | null; kind?: PaperKind | null },
): Promise<
  Page<{
    id: string;
    title: string;
    kind: PaperKind;
    status: PaperStatus;
    totalPoints: number;
    questionCount: number;
    examCount: number;
    updatedAt: Date;
  }>
> {
  const where: Prisma.PaperWhereInput = {
    cityId: { in: paperCitiesOf(ctx) },
    ...(filter.q ? { title: { contains: filter.q } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.paper.findMany({
      where,
      include: { _count: { select: { exams: true } } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...skipTake(filter),
    }),
    deps.prisma.paper.count({ where }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    totalPoints: row.totalPoints,
    questionCount:
      row.kind === 'FIXED' ? slotsOf(row).length : rulesOf(row).reduce((sum, rule) => sum + rule.count, 0),
    examCount: row._count.exams,
    updatedAt: row.updatedAt,
  }));
  return { items, total, page: filter.page, pageSize: filter.pageSize };
}

export async function getPaper(deps: TrainingDeps, ctx: PaperCtx, id: string) {
  const row = await paperOrFail(deps, ctx, id);
  const slots = slotsOf(row);
  const rules = rulesOf(row);
  const [questions, points, examCount] = await Promise.all([
    deps.prisma.question.findMany({
      where: { id: { in: slots.map((s) => s.questionId) } },
      include: {
        versions: { select: { version: true, stem: true } },
        knowledgePoint: { select: { name: true } },
      },
    }),
    deps.prisma.knowledgePoint.findMany({
      where: { id: { in: rules.map((r) => r.knowledgePointId) } },
      select: { id: true, name: true },
    }),
    deps.prisma.exam.count({ where: { paperId: id } }),
  ]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const pointNames = new Map(points.map((p) => [p.id, p.name]));
  const draft = row.status === 'DRAFT';
  const shortfalls =
    draft && row.kind === 'RANDOM' ? shortfallsOf(rules, await bankOf(deps, row.cityId)) : [];
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    shuffleQuestions: row.shuffleQuestions,
    shuffleOptions: row.shuffleOptions,
    totalPoints: row.totalPoints,
    updatedAt: row.updatedAt,
    slots: slots.map((slot) => {
      const q = byId.get(slot.questionId);
      return {
        ...slot,
        stem: q?.versions.find((v) => v.version === q.currentVersion)?.stem ?? '',
        type: q?.type ?? null,
        difficulty: q?.difficulty ?? null,
        knowledgePointName: q?.knowledgePoint.name ?? '',
        retired: !q || q.retiredAt !== null,
      };
    }),
    rules: rules.map((rule) => ({
      ...rule,
      knowledgePointName: pointNames.get(rule.knowledgePointId) ?? '',
    })),
    shortfalls: shortfalls.map(({ error, ...rest }) => ({ ...rest, message: wire(error) })),
    examCount,
    can: {
      edit: draft,
      publish: draft,
      retire: row.status === 'PUBLISHED',
      copy: true,
    },
  };
}

export async function createPaper(
  deps: TrainingDeps,
  ctx: PaperCtx,
  input: PaperContent & { kind: PaperKind },
): Promise<{ id: string }> {
  const cityId = await paperCityOf(deps, ctx);
  assertContent(input.kind, input, await bankOf(deps, cityId));
  const row = await deps.prisma.paper.create({
    data: { cityId, kind: input.kind, createdById: ctx.actor.personId, ...contentFor(input.kind, input) },
  });
  return { id: row.id };
}

function assertDraft(row: PaperRow): void {
  if (row.status !== 'DRAFT') throw papersErrors.notADraft({ title: row.title });
}

export async function updatePaper(
  deps: TrainingDeps,
  ctx: PaperCtx,
  input: PaperContent & { id: string },
): Promise<{ id: string; totalPoints: number }> {
  const row = await paperOrFail(deps, ctx, input.id);
  assertDraft(row);
  assertContent(row.kind, input, await bankOf(deps, row.cityId));
  const data = contentFor(row.kind, input);
  const moved = await deps.prisma.paper.updateMany({ where: { id: row.id, status: 'DRAFT' }, data });
  if (moved.count === 0) throw papersErrors.notADraft({ title: row.title });
  return { id: row.id, totalPoints: data.totalPoints };
}

/** The editor's live check of rules not saved yet: each shortfall worded, and the total. */
export async function checkRules(deps: TrainingDeps, ctx: PaperCtx, rules: PaperRule[]) {
  const cityId = await paperCityOf(deps, ctx);
  const bank = await bankOf(deps, cityId);
  const problems = [...unknownPointErrors(rules, bank), ...shortfallsOf(rules, bank).map((s) => s.error)];
  return {
    totalPoints: paperTotal({ kind: 'RANDOM', slots: [], rules }),
    problems: problems.map((error) => ({ field: error.field ?? null, message: wire(error) })),
  };
}

export async function publishPaper(
  deps: TrainingDeps,
  ctx: PaperCtx,
  id: string,
): Promise<{ status: PaperStatus }> {
  const row = await paperOrFail(deps, ctx, id);
  assertDraft(row);
  const slots = slotsOf(row);
  const rules = rulesOf(row);
  if (row.kind === 'FIXED' && slots.length === 0) throw papersErrors.slotsRequired({}, 'slots');
  if (row.kind === 'RANDOM' && rules.length === 0) throw papersErrors.rulesRequired({}, 'rules');
  const bank = await bankOf(deps, row.cityId);
  assertContent(row.kind, { ...row, slots, rules }, bank);
  if (row.kind === 'RANDOM') {
    const shortfalls = shortfallsOf(rules, bank);
    if (shortfalls.length > 0)
      throw papersErrors.unsatisfiable({ shortfalls: shortfalls.map((s) => wire(s.error)) }, 'rules');
  }
  const moved = await deps.prisma.paper.updateMany({
    where: { id, status: 'DRAFT' },
    data: { status: 'PUBLISHED' },
  });
  if (moved.count === 0) throw papersErrors.notADraft({ title: row.title });
  return { status: 'PUBLISHED' };
}

/** No new exam may use it; exams already using it keep it. */
export async function retirePaper(
  deps: TrainingDeps,
  ctx: PaperCtx,
  id: string,
): Promise<{ status: PaperStatus }> {
  const row = await paperOrFail(deps, ctx, id);
  const moved = await deps.prisma.paper.updateMany({
    where: { id, status: 'PUBLISHED' },
    data: { status: 'RETIRED' },
  });
  if (moved.count === 0) throw papersErrors.notPublished({ title: row.title });
  return { status: 'RETIRED' };
}

/** A new draft with the same content: how a published paper is changed. */
export async function copyPaper(deps: TrainingDeps, ctx: PaperCtx, id: string): Promise<{ id: string }> {
  const row = await paperOrFail(deps, ctx, id);
  const copy = await deps.prisma.paper.create({
    data: {
      cityId: row.cityId,
      kind: row.kind,
      createdById: ctx.actor.personId,
      ...contentFor(row.kind, {
        title: `${row.title}（副本）`.slice(0, 80),
        shuffleQuestions: row.shuffleQuestions,
        shuffleOptions: row.shuffleOptions,
        slots: slotsOf(row),
        rules: rulesOf(row),
      }),
    },
  });
  return { id: copy.id };
}
