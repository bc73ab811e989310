// The scorecard list's filters as a query: a unit anywhere in the tree (city, district or hall), a step, a grade and
// a name or 工号. A person's own grade stays hidden until the superior has assessed, so the grade filter never
// matches their own unassessed scorecard (its presence in the answer would tell the grade).
import type { Grade, scorecardInputs } from '@duda/contract-performance';
import type { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';

export function listFilter(
  personId: string,
  input: z.infer<typeof scorecardInputs.list>,
): Prisma.ScorecardWhereInput[] {
  const where: Prisma.ScorecardWhereInput[] = [{ month: input.month }];
  if (input.hallId) where.push({ hallId: input.hallId });
  if (input.orgNodeId)
    where.push({
      OR: [{ hallId: input.orgNodeId }, { districtId: input.orgNodeId }, { cityId: input.orgNodeId }],
    });
  if (input.status) where.push({ status: input.status });
  // The grade shown: the calibrated one (校准) where the district moved it, the banded one otherwise.
  if (input.grade)
    where.push({
      OR: [{ calibratedGrade: input.grade }, { calibratedGrade: null, grade: input.grade satisfies Grade }],
      NOT: { personId, status: { not: 'ASSESSED' } },
    });
  if (input.search)
    where.push({
      OR: [
        { personName: { contains: input.search } },
        { staffNo: { startsWith: input.search.toUpperCase() } },
      ],
    });
  return where;
}
