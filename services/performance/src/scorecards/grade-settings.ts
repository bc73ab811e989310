// A city's grade bands (a city setting), the contract's defaults until the city sets its own.
import {
  DEFAULT_GRADE_BANDS,
  DEFAULT_GUIDELINE,
  type DistributionGuideline,
  type GradeBands,
} from '@duda/contract-performance';
import type { PerformancePrisma } from '../prisma.ts';

export async function gradeBandsOf(prisma: PerformancePrisma, cityId: string): Promise<GradeBands> {
  const row = await prisma.gradeSetting.findUnique({ where: { cityId } });
  return row ? { excellent: row.excellent, good: row.good, pass: row.pass } : DEFAULT_GRADE_BANDS;
}

export async function guidelineOf(prisma: PerformancePrisma, cityId: string): Promise<DistributionGuideline> {
  const row = await prisma.gradeSetting.findUnique({ where: { cityId } });
  return row ? { excellentMax: row.excellentMax, failMin: row.failMin } : DEFAULT_GUIDELINE;
}
