// `forms.complaints.counts`: the complaints taken in a month (China time) per hall, and per staff member found
// responsible — what performance reads for the 投诉单 KPI — within the caller's forms.complaint.read scope. Beside
// each total, the complaints counted (oldest first, up to COUNTED_COMPLAINTS_CAP) by id, number, date, category
// and a title: the scorecard's evidence, which opens each case in forms. Nothing of the customer is in it.
import { scopeOf } from '@duda/authz';
import {
  complaintCategoryTerms,
  COUNTED_COMPLAINTS_CAP,
  type ComplaintCategory,
  type ComplaintCountsOutput,
  type complaintInputs,
  type CountedComplaint,
} from '@duda/contract-forms';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import type { Ctx } from './access.ts';

/** The month's first instant and the next month's, in China time. */
export function monthWindow(month: string): { from: Date; to: Date } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: new Date(`${month}-01T00:00:00+08:00`), to: new Date(`${next}-01T00:00:00+08:00`) };
}

const categoryLabel = (category: ComplaintCategory) =>
  complaintCategoryTerms.catalog[`forms.complaintCategory.${category}`]!['zh-CN'];

type Hall = ComplaintCountsOutput['halls'][number];
type Person = ComplaintCountsOutput['people'][number];

/** Adds a case to a list, keeping the first `cap` (the rows come oldest first); the total counts every one. */
function count(
  into: { total: number; complaints: CountedComplaint[] },
  counted: CountedComplaint,
  cap: number,
) {
  into.total += 1;
  if (into.complaints.length < cap) into.complaints.push(counted);
}

export async function complaintCounts(
  deps: Pick<FormsDeps, 'prisma'>,
  ctx: Ctx,
  input: z.infer<typeof complaintInputs.counts>,
): Promise<ComplaintCountsOutput> {
  const { from, to } = monthWindow(input.month);
  const unit = input.orgNodeId;
  const rows = await deps.prisma.complaint.findMany({
    where: {
      hallId: { in: scopeOf(ctx.actor, 'forms.complaint.read').orgNodeIds },
      receivedAt: { gte: from, lt: to },
      ...(unit ? { OR: [{ hallId: unit }, { districtId: unit }, { cityId: unit }] } : {}),
    },
    select: {
      id: true,
      number: true,
      receivedAt: true,
      category: true,
      hallId: true,
      hallName: true,
      status: true,
      escalatedAt: true,
      responsibleId: true,
      responsibleName: true,
    },
    orderBy: [{ receivedAt: 'asc' }, { number: 'asc' }],
  });
  const halls = new Map<string, Hall>();
  const people = new Map<string, Person>();
  for (const row of rows) {
    const counted: CountedComplaint = {
      id: row.id,
      number: row.number,
      receivedAt: row.receivedAt,
      category: row.category,
      title: `投诉 #${row.number}（${categoryLabel(row.category)}）`,
    };
    const hall = halls.get(row.hallId) ?? {
      hallId: row.hallId,
      hallName: row.hallName,
      total: 0,
      closed: 0,
      escalated: 0,
      complaints: [],
    };
    count(hall, counted, COUNTED_COMPLAINTS_CAP.hall);
    if (row.status === 'CLOSED') hall.closed += 1;
    if (row.escalatedAt) hall.escalated += 1;
    halls.set(row.hallId, hall);
    if (row.responsibleId) {
      const person = people.get(row.responsibleId) ?? {
        personId: row.responsibleId,
        name: row.responsibleName ?? '',
        total: 0,
        complaints: [],
      };
      count(person, counted, COUNTED_COMPLAINTS_CAP.person);
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
