// 口试: weekly oral exams a hall's supervisors hold with its people — recorded, listed by hall and week, changed or
// deleted (with a reason) by whoever recorded them within a day, and the week's coverage of the hall.
import { chinaDateOf } from '@duda/month';
import { mondayOf, ORAL_EDIT_WINDOW_MS, skillsErrors, type OralQuestion } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import {
  assertMayRecord,
  assertReadsHall,
  assertRecordsSomewhere,
  readableWhere,
  type SkillsCtx,
} from './access.ts';
import { examineeOf, peopleOfHall } from './examinee.ts';
import { pageOf, recordFilter, type RecordFilter } from './filters.ts';

interface OralFields {
  heldOn: string;
  questions: OralQuestion[];
  score: number;
  notes: string;
}

function assertPastOrToday(deps: TrainingDeps, heldOn: string) {
  if (heldOn > chinaDateOf(deps.now())) throw skillsErrors.futureDate();
}

/** Bank questions named must exist; what was asked is kept as its text either way. */
async function assertBankQuestions(deps: TrainingDeps, questions: OralQuestion[]) {
  const ids = [...new Set(questions.flatMap((q) => (q.questionId ? [q.questionId] : [])))];
  if (ids.length && (await deps.prisma.question.count({ where: { id: { in: ids } } })) !== ids.length)
    throw skillsErrors.questionNotFound();
}

const stored = (fields: OralFields) => ({
  heldOn: fields.heldOn,
  weekOf: mondayOf(fields.heldOn),
  month: fields.heldOn.slice(0, 7),
  questions: fields.questions.map((q) => ({ text: q.text, questionId: q.questionId ?? null })),
  score: fields.score,
  notes: fields.notes,
});

type OralRow = Prisma.OralExamGetPayload<object>;

function view(deps: TrainingDeps, ctx: SkillsCtx, row: OralRow) {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    staffNo: row.staffNo,
    hallId: row.hallId,
    hallName: row.hallName,
    heldOn: row.heldOn,
    weekOf: row.weekOf,
    questions: row.questions as OralQuestion[],
    score: row.score,
    notes: row.notes,
    recordedByName: row.recordedByName,
    createdAt: row.createdAt,
    canEdit: editable(deps, ctx, row),
  };
}

const editable = (deps: TrainingDeps, ctx: SkillsCtx, row: OralRow) =>
  row.recordedById === ctx.actor.personId &&
  deps.now().getTime() - row.createdAt.getTime() <= ORAL_EDIT_WINDOW_MS;

export async function listOralExams(deps: TrainingDeps, ctx: SkillsCtx, filter: RecordFilter) {
  const where = { AND: [readableWhere(ctx.actor), { deletedAt: null }, recordFilter(filter)] };
  const [rows, total] = await Promise.all([
    deps.prisma.oralExam.findMany({
      where,
      orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }],
      ...pageOf(filter),
    }),
    deps.prisma.oralExam.count({ where }),
  ]);
  return {
    items: rows.map((row) => view(deps, ctx, row)),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

export async function recordOralExam(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  input: OralFields & { personId: string },
) {
  assertRecordsSomewhere(ctx.actor);
  assertPastOrToday(deps, input.heldOn);
  const examinee = await examineeOf(deps.org, ctx, input.personId);
  assertMayRecord(ctx.actor, examinee.hallId);
  await assertBankQuestions(deps, input.questions);
  const row = await deps.prisma.oralExam.create({
    data: {
      ...examinee,
      ...stored(input),
      recordedById: ctx.actor.personId,
      recordedByName: ctx.actor.name,
      // The service's clock, not the database's: the edit window is measured against it.
      createdAt: deps.now(),
    },
  });
  return view(deps, ctx, row);
}

/** The record the caller wrote, still within its day; anyone else gets a refusal, a stranger not even that. */
async function ownRecent(deps: TrainingDeps, ctx: SkillsCtx, id: string) {
  const row = await deps.prisma.oralExam.findFirst({
    where: { AND: [{ id, deletedAt: null }, readableWhere(ctx.actor)] },
  });
  if (!row) throw skillsErrors.oralNotFound();
  if (!editable(deps, ctx, row)) throw skillsErrors.oralEditDenied();
  assertMayRecord(ctx.actor, row.hallId);
  return row;
}

export async function updateOralExam(deps: TrainingDeps, ctx: SkillsCtx, input: OralFields & { id: string }) {
  const row = await ownRecent(deps, ctx, input.id);
  assertPastOrToday(deps, input.heldOn);
  await assertBankQuestions(deps, input.questions);
  const updated = await deps.prisma.oralExam.update({ where: { id: row.id }, data: stored(input) });
  return view(deps, ctx, updated);
}

export async function deleteOralExam(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  input: { id: string; reason: string },
) {
  const row = await ownRecent(deps, ctx, input.id);
  await deps.prisma.oralExam.update({
    where: { id: row.id },
    data: { deletedAt: deps.now(), deletedById: ctx.actor.personId, deleteReason: input.reason },
  });
  return { id: row.id };
}

/** 口试覆盖: each present person of the hall with their oral exams of the week; those with none are still to do. */
export async function oralCoverage(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  input: { hallId: string; week: string },
) {
  assertReadsHall(ctx.actor, input.hallId);
  const weekOf = mondayOf(input.week);
  const people = await peopleOfHall(deps.org, ctx, input.hallId);
  const exams = await deps.prisma.oralExam.findMany({
    where: { hallId: input.hallId, weekOf, deletedAt: null },
    select: { personId: true, score: true, heldOn: true },
    orderBy: { heldOn: 'asc' },
  });
  return {
    hallId: input.hallId,
    weekOf,
    people: people
      .map((p) => {
        const own = exams.filter((e) => e.personId === p.id);
        return {
          personId: p.id,
          name: p.name,
          staffNo: p.staffNo,
          exams: own.map((e) => ({ heldOn: e.heldOn, score: e.score })),
        };
      })
      .sort((a, b) => a.exams.length - b.exams.length || a.staffNo.localeCompare(b.staffNo)),
  };
}
