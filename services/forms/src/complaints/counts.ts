// `forms.complaints.counts`: the complaints taken in a month (China time) per hall, and per staff member found
// responsible — what performance reads for the 投诉单 KPI — within the caller's forms.complaint.read scope.
import { scopeOf } from '@duda/authz';
import type { complaintInputs } from '@duda/contract-forms';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import type { Ctx } from './access.ts';

/** The month's first instant and the next month's, in China time. */
export function monthWindow(month: string): { from: Date; to: Date } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: new Date(`${month}-01T00:00:00+08:00`), to: new Date(`${next}-01T00:00:00+08:00`) };
}

interface Tally {
  total: number;
  closed: number;
  escalated: number;
}

export async function complaintCounts(
  deps: Pick<FormsDeps, 'prisma'>,
  ctx: Ctx,
  input: z.infer<typeof complaintInputs.counts>,
) {
  const { from, to } = monthWindow(input.month);
  const unit = input.orgNodeId;
  const rows = await deps.prisma.complaint.findMany({
    where: {
      hallId: { in: scopeOf(ctx.actor, 'forms.complaint.read').orgNodeIds },
      receivedAt: { gte: from, lt: to },
      ...(unit ? { OR: [{ hallId: unit }, { districtId: unit }, { cityId: unit }] } : {}),
    },
    select: {
      hallId: true,
      hallName: true,
      status: true,
      escalatedAt: true,
      responsibleId: true,
      responsibleName: true,
    },
  });
  const halls = new Map<string, Tally & { hallId: string; hallName: string }>();
  const people = new Map<string, { personId: string; name: string; total: number }>();
  for (const row of rows) {
    const hall = halls.get(row.hallId) ?? {
      hallId: row.hallId,
      hallName: row.hallName,
      total: 0,
      closed: 0,
      escalated: 0,
    };
    hall.total += 1;
    if (row.status === 'CLOSED') hall.closed += 1;
    if (row.escalatedAt) hall.escalated += 1;
    halls.set(row.hallId, hall);
    if (row.responsibleId) {
      const person = people.get(row.responsibleId) ?? {
        personId: row.responsibleId,
        name: row.responsibleName ?? '',
        total: 0,
      };
      person.total += 1;
      people.set(row.responsibleId, person);
    }
  }
  const byTotal = <T extends { total: number }>(a: T, b: T) => b.total - a.total;
  return {
    month: input.month,
    halls: [...halls.values()].sort(byTotal),
    people: [...people.values()].sort(byTotal),
  };
}
