// 业务办理速度与准确率: the hall manager times each clerk on a business in the offline practice environment and
// counts the mistakes; weekly records, a month-end report per hall (mean time and error rate per task per person).
import { chinaDateOf } from '@duda/month';
import { mondayOf, skillsErrors, type HandlingTask } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import {
  assertMayRecord,
  assertReadsHall,
  assertRecordsSomewhere,
  readableWhere,
  type SkillsCtx,
} from './access.ts';
import { handlingAverages } from './averages.ts';
import { examineeOf } from './examinee.ts';
import { pageOf, recordFilter, type RecordFilter } from './filters.ts';

type HandlingRow = Prisma.HandlingRecordGetPayload<object>;

export const handlingView = (row: HandlingRow) => ({
  id: row.id,
  personId: row.personId,
  personName: row.personName,
  staffNo: row.staffNo,
  hallName: row.hallName,
  task: row.task,
  seconds: row.seconds,
  errors: row.errors,
  notes: row.notes,
  heldOn: row.heldOn,
  recordedByName: row.recordedByName,
});

export async function recordHandling(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  input: {
    personId: string;
    task: HandlingTask;
    seconds: number;
    errors: number;
    heldOn: string;
    notes: string;
  },
) {
  assertRecordsSomewhere(ctx.actor);
  if (input.heldOn > chinaDateOf(deps.now())) throw skillsErrors.futureDate();
  const examinee = await examineeOf(deps.org, ctx, input.personId);
  assertMayRecord(ctx.actor, examinee.hallId);
  const row = await deps.prisma.handlingRecord.create({
    data: {
      ...examinee,
      task: input.task,
      seconds: input.seconds,
      errors: input.errors,
      notes: input.notes,
      heldOn: input.heldOn,
      weekOf: mondayOf(input.heldOn),
      month: input.heldOn.slice(0, 7),
      recordedById: ctx.actor.personId,
      recordedByName: ctx.actor.name,
      createdAt: deps.now(),
    },
  });
  return handlingView(row);
}

export async function listHandling(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  filter: RecordFilter & { task?: HandlingTask | null },
) {
  const where = {
    AND: [readableWhere(ctx.actor), recordFilter(filter), filter.task ? { task: filter.task } : {}],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.handlingRecord.findMany({
      where,
      orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }],
      ...pageOf(filter),
    }),
    deps.prisma.handlingRecord.count({ where }),
  ]);
  return { items: rows.map(handlingView), total, page: filter.page, pageSize: filter.pageSize };
}

/** 月末报表: each person of the hall with records in the month, their averages per task; and the hall's. */
export async function handlingReport(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  input: { hallId: string; month: string },
) {
  assertReadsHall(ctx.actor, input.hallId);
  const records = await deps.prisma.handlingRecord.findMany({
    where: { hallId: input.hallId, month: input.month },
    orderBy: { staffNo: 'asc' },
  });
  const people = new Map<string, { personId: string; personName: string; staffNo: string }>();
  for (const r of records)
    people.set(r.personId, { personId: r.personId, personName: r.personName, staffNo: r.staffNo });
  return {
    hallId: input.hallId,
    hallName: records[0]?.hallName ?? null,
    month: input.month,
    people: [...people.values()].map((p) => ({
      ...p,
      tasks: handlingAverages(records.filter((r) => r.personId === p.personId)),
    })),
    hall: handlingAverages(records),
  };
}
