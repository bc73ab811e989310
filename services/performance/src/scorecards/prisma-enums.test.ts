// Prisma keeps its own enum declarations in schema.prisma; the contract's enums are what routers and pages use. The
// scorecards' must name the same values, in the same order, or a value would pass validation and fail to store.
import {
  APPEAL_STATUSES,
  GRADE_METHODS,
  GRADES,
  KPI_DIRECTIONS,
  KPI_SOURCES,
  SCORECARD_STATUSES,
} from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import {
  AppealStatus,
  Grade,
  GradeMethod,
  KpiDirection,
  KpiSource,
  ScorecardStatus,
} from '../generated/prisma/enums.ts';

describe('the scorecards’ Prisma enums and the contract', () => {
  it.each([
    ['KpiDirection', KpiDirection, KPI_DIRECTIONS],
    ['KpiSource', KpiSource, KPI_SOURCES],
    ['Grade', Grade, GRADES],
    ['ScorecardStatus', ScorecardStatus, SCORECARD_STATUSES],
    ['AppealStatus', AppealStatus, APPEAL_STATUSES],
    ['GradeMethod', GradeMethod, GRADE_METHODS],
  ] as const)('%s has the contract values', (_name, prisma, values) => {
    expect(Object.values(prisma)).toEqual(values);
  });
});
