// What the complaint procedures do: take a case in at a hall, take each step on it under its row lock with its history
// entry (and the closing event), and read one case or a page of them.
import { can } from '@duda/authz';
import type { complaintInputs } from '@duda/contract-forms';
import { complaintActionTerms, complaintsErrors, complaintStatusTerms } from '@duda/contract-forms';
import { recordEvent } from '@duda/events';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import type { Complaint, Prisma } from '../generated/prisma/client.ts';
import { caseActor, managedWhere, mayRead, readableWhere, type Ctx } from './access.ts';
import { cityLimitHours } from './city-limits.ts';
import { actOnCase, type CaseResult } from './domain/case.ts';
import { dueFrom } from './domain/limits.ts';
import type { CaseCommand } from './domain/types.ts';
import { complaintClosed } from './events.ts';
import { appendHistory, loadLocked, saveState, stateOf } from './store.ts';
import { complaintView, historyView } from './views.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'now' | 'org'>;
type Inputs = { [K in keyof typeof complaintInputs]: z.infer<(typeof complaintInputs)[K]> };

interface NodeView {
  id: string;
  name: string;
  level: string;
  district: { id: string } | null;
  city: { id: string } | null;
}

/** 受理: the case opens at the hall with the category's time limit (the city's own, if set); evidence is the caller's own uploads for the hall. */
export async function takeComplaint(deps: Deps, ctx: Ctx, input: Inputs['take']) {
  if (!can(ctx.actor, 'forms.complaint.take', { orgNodeId: input.hallId })) {
    throw complaintsErrors.takeDenied({}, 'hallId');
  }
  const [hall] = await deps.org.query<NodeView[]>(ctx, 'nodes', { ids: [input.hallId] });
  if (!hall || hall.level !== 'hall') throw complaintsErrors.notAHall({}, 'hallId');
  const fileIds = [...new Set(input.evidenceFileIds)];
  const files = await deps.prisma.formFile.findMany({
    where: { id: { in: fileIds }, orgNodeId: hall.id, uploadedById: ctx.actor.personId },
    select: { id: true, name: true, contentType: true, size: true },
  });
  if (files.length !== fileIds.length) throw complaintsErrors.evidenceUnknown({}, 'evidenceFileIds');
  const now = deps.now();
  const dueAt = dueFrom(now, input.category, await cityLimitHours(deps.prisma, hall.city?.id ?? null));
  const intakeBy = { personId: ctx.actor.personId, name: ctx.actor.name };
  const row = await deps.prisma.$transaction(async (tx) => {
    const created = await tx.complaint.create({
      data: {
        hallId: hall.id,
        hallName: hall.name,
        districtId: hall.district?.id ?? null,
        cityId: hall.city?.id ?? null,
        customerName: input.customerName,
        contact: input.contact,
        channel: input.channel,
        category: input.category,
        description: input.description,
        staffId: input.staff?.personId ?? null,
        staffName: input.staff?.name ?? null,
        evidence: fileIds.map((id) => files.find((f) => f.id === id)!),
        status: 'RECEIVED',
        level: 'HALL',
        dueAt,
        intakeById: intakeBy.personId,
        intakeByName: intakeBy.name,
        receivedAt: now,
      },
    });
    await appendHistory(
      tx,
      created.id,
      {
        action: 'INTAKE',
        actor: intakeBy,
        fromStatus: null,
        toStatus: 'RECEIVED',
        note: null,
        detail: { channel: input.channel, category: input.category },
      },
      now,
    );
    return created;
  });
  return complaintView(row, ctx.actor, now);
}

function refusal(result: Extract<CaseResult, { ok: false }>) {
  if (result.refusal === 'wrongStatus') {
    return complaintsErrors.wrongStatus({
      status: complaintStatusTerms.term(result.status),
      action: complaintActionTerms.term(result.action),
    });
  }
  return complaintsErrors[result.refusal]();
}

/** What a step writes beside the state: the responsible person found at resolution, the closing time. */
function decided(command: CaseCommand, now: Date): Prisma.ComplaintUpdateInput {
  if (command.action === 'RESOLVE') {
    return {
      responsibleId: command.responsiblePerson?.personId ?? null,
      responsibleName: command.responsiblePerson?.name ?? null,
    };
  }
  return command.action === 'CLOSE' ? { closedAt: now } : {};
}

/** One step by a handler; refused with the case's refusal in both languages, nothing written. */
export async function stepComplaint(deps: Deps, ctx: Ctx, id: string, command: CaseCommand) {
  const now = deps.now();
  const row = await deps.prisma.$transaction(async (tx) => {
    const current = await loadLocked(tx, id);
    if (!current || !mayRead(ctx.actor, current)) throw complaintsErrors.notFound();
    const result = actOnCase(stateOf(current), command, caseActor(ctx.actor));
    if (!result.ok) throw refusal(result);
    const saved = await saveState(tx, id, result.state, decided(command, now));
    await appendHistory(tx, id, result.entry, now);
    if (saved.status === 'CLOSED') await announceClosed(tx, saved);
    return saved;
  });
  return detailOf(deps, ctx, row);
}

const announceClosed = (tx: Prisma.TransactionClient, row: Complaint) =>
  recordEvent(tx, complaintClosed, {
    complaintId: row.id,
    number: row.number,
    hallId: row.hallId,
    hallName: row.hallName,
    category: row.category,
    receivedAt: row.receivedAt.toISOString(),
    closedAt: row.closedAt!.toISOString(),
    responsiblePersonId: row.responsibleId,
    escalated: row.escalatedAt !== null,
  });

async function detailOf(deps: Deps, ctx: Ctx, row: Complaint) {
  const history = await deps.prisma.complaintHistory.findMany({
    where: { complaintId: row.id },
    orderBy: { seq: 'asc' },
  });
  return { ...complaintView(row, ctx.actor, deps.now()), history: history.map(historyView) };
}

/** One case with its whole history (处理记录), for whoever reads it; not found for everyone else. */
export async function getComplaint(deps: Deps, ctx: Ctx, id: string) {
  const row = await deps.prisma.complaint.findUnique({ where: { id } });
  if (!row || !mayRead(ctx.actor, row)) throw complaintsErrors.notFound();
  return detailOf(deps, ctx, row);
}

function filtersOf(input: Inputs['list'], ctx: Ctx, now: Date): Prisma.ComplaintWhereInput[] {
  const open = { status: { not: 'CLOSED' as const } };
  return [
    input.status?.length ? { status: { in: input.status } } : {},
    input.category ? { category: input.category } : {},
    input.hallId ? { hallId: input.hallId } : {},
    input.overdue === undefined
      ? {}
      : input.overdue
        ? { ...open, dueAt: { lte: now } }
        : { OR: [{ status: 'CLOSED' }, { dueAt: { gt: now } }] },
    input.escalated === undefined ? {} : { escalatedAt: input.escalated ? { not: null } : null },
    input.mine ? { ...open, OR: [{ assigneeId: ctx.actor.personId }, ...managedWhere(ctx.actor)] } : {},
    input.q
      ? {
          OR: [
            { customerName: { contains: input.q, mode: 'insensitive' } },
            { description: { contains: input.q, mode: 'insensitive' } },
          ],
        }
      : {},
  ];
}

/** A page of the cases the caller reads, newest first, filtered on the server. */
export async function listComplaints(deps: Deps, ctx: Ctx, input: Inputs['list']) {
  const now = deps.now();
  const where: Prisma.ComplaintWhereInput = {
    AND: [readableWhere(ctx.actor), ...filtersOf(input, ctx, now)],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.complaint.findMany({
      where,
      orderBy: [{ receivedAt: 'desc' }, { number: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    deps.prisma.complaint.count({ where }),
  ]);
  return {
    items: rows.map((row) => complaintView(row, ctx.actor, now)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
