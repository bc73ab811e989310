// The city's grading rules (等级规则): bands, the distribution guideline, whether grades are held to it, and the appeal
// window — one row per city (GradeSetting), the contract's defaults until the city supervisor saves its own.
import {
  calibrationErrors,
  DEFAULT_APPEAL_WINDOW_DAYS,
  DEFAULT_GRADE_BANDS,
  DEFAULT_GUIDELINE,
  type calibrationInputs,
  type DistributionGuideline,
  type GradeBands,
  type GradeMethod,
} from '@duda/contract-performance';
import { assertCan } from '@duda/service-kit';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { checkGradeBands, checkGuideline } from '../domain/validation.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import type { PerformancePrisma } from '../prisma.ts';

export interface CitySettings {
  bands: GradeBands;
  guideline: DistributionGuideline;
  method: GradeMethod;
  appealWindowDays: number;
}

export async function citySettingsOf(prisma: PerformancePrisma, cityId: string): Promise<CitySettings> {
  const row = await prisma.gradeSetting.findUnique({ where: { cityId } });
  if (!row)
    return {
      bands: DEFAULT_GRADE_BANDS,
      guideline: DEFAULT_GUIDELINE,
      method: 'BANDS',
      appealWindowDays: DEFAULT_APPEAL_WINDOW_DAYS,
    };
  return {
    bands: { excellent: row.excellent, good: row.good, pass: row.pass },
    guideline: { excellentMax: row.excellentMax, failMin: row.failMin },
    method: row.method,
    appealWindowDays: row.appealWindowDays,
  };
}

/** Everyone in the city reads the rules (the appeal window is the appellant's to know). */
export async function citySettings(deps: PerformanceDeps, ctx: Ctx) {
  return citySettingsOf(deps.prisma, (await cityOf(deps.org, ctx)).id);
}

/** The city supervisor's: new bands grade the scorecards at their next change or run, never retroactively here. */
export async function saveCitySettings(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof calibrationInputs.saveSettings>,
) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.scheme.manage', { orgNodeId: city.id }, calibrationErrors.settingsDenied);
  checkGradeBands(input.bands);
  checkGuideline(input.guideline);
  const row = {
    ...input.bands,
    ...input.guideline,
    method: input.method,
    appealWindowDays: input.appealWindowDays,
  };
  await deps.prisma.gradeSetting.upsert({
    where: { cityId: city.id },
    create: { cityId: city.id, ...row },
    update: row,
  });
  return citySettingsOf(deps.prisma, city.id);
}
