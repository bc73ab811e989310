// Pulls the month's skill tests and unread required reading from training and the complaint counts from forms, on
// the caller's behalf (ADR 0005), each once for the whole city — never per person, so a city of 3,000 is three
// calls — and only the sources the city's schemes use; the duty rates the portal published are read from
// performance's own copy (duty-rates.ts), one query. A service not running beside performance (some tests) is
// not asked: those lines then have no figure.
import type { KpiSource } from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { dutyRatesOf } from './duty-rates.ts';
import {
  citySources,
  type CitySources,
  type ComplaintCounts,
  type SkillTestFigure,
  type UnreadFigure,
} from './figures.ts';

export const CITY_SOURCES: readonly KpiSource[] = [
  'SKILL_TEST',
  'UNREAD_READING',
  'COMPLAINTS',
  'DUTY_COMPLETION_RATE',
];

export async function pullCitySources(
  deps: Pick<PerformanceDeps, 'training' | 'forms' | 'prisma'>,
  ctx: Ctx,
  query: { cityId: string; month: string; sources: ReadonlySet<KpiSource> },
): Promise<CitySources> {
  const { cityId, month, sources } = query;
  const [skills, reading, complaints, dutyRates] = await Promise.all([
    sources.has('SKILL_TEST') && deps.training
      ? deps.training.query<{ tests: SkillTestFigure[] }>(ctx, 'figures.skills', { month })
      : { tests: [] },
    sources.has('UNREAD_READING') && deps.training
      ? deps.training.query<{ unread: UnreadFigure[] | null }>(ctx, 'figures.reading', { month })
      : { unread: null },
    sources.has('COMPLAINTS') && deps.forms
      ? deps.forms.query<ComplaintCounts>(ctx, 'complaints.counts', { month, orgNodeId: cityId })
      : null,
    sources.has('DUTY_COMPLETION_RATE') ? dutyRatesOf(deps.prisma, cityId, month) : [],
  ]);
  return citySources({ skillTests: skills.tests, unread: reading.unread, complaints, dutyRates });
}
