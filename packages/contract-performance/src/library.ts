// `performance.kpis`, `performance.schemes`, `performance.targets`: the KPI library (指标库), schemes per role and
// month (考核方案), targets allocated down the tree (指标分解) and the person's acknowledgement (签收).
import { commonErrors, text } from '@duda/contract-kit';
import { MONTH_KEY_PATTERN } from '@duda/month';
import { z } from 'zod';
import { libraryErrors } from './library-errors.ts';
import { KPI_DIRECTIONS, KPI_SOURCES, kpiRuleSchema } from './scoring.ts';

const id = z.uuid({ error: commonErrors.invalidId.code });
export const monthInput = text().regex(MONTH_KEY_PATTERN, { error: libraryErrors.monthFormat.code });
const name = text().trim().min(1, { error: libraryErrors.nameRequired.code }).max(60);

/** The roles a scheme is written for: each is scored monthly (百分制). */
export const SCHEME_ROLES = ['clerk', 'hall_manager'] as const;
export type SchemeRole = (typeof SCHEME_ROLES)[number];

const kpiFields = {
  name,
  definition: text().trim().max(500),
  unit: text().trim().max(20),
  direction: z.enum(KPI_DIRECTIONS),
  target: z.number().finite().min(-1_000_000).max(1_000_000),
  rule: kpiRuleSchema,
  source: z.enum(KPI_SOURCES),
};

export const kpiInputs = {
  list: z.object({}).default({}),
  create: z.object(kpiFields),
  update: z.object({ id, ...kpiFields }),
};

export const schemeInputs = {
  list: z.object({ role: z.enum(SCHEME_ROLES).nullish() }).default({}),
  /** A new version of the role's scheme from `fromMonth` on (never the month under way). */
  create: z.object({
    role: z.enum(SCHEME_ROLES),
    name,
    fromMonth: monthInput,
    lines: z
      .array(z.object({ kpiId: id, weight: z.number().int().min(1).max(100) }))
      .min(1)
      .max(30),
  }),
  /** The scheme that applies to a role in a month. */
  inForce: z.object({ role: z.enum(SCHEME_ROLES), month: monthInput }),
};

export const targetInputs = {
  /** A KPI's target for a month at a district, hall or person below the caller. */
  allocate: z.object({
    month: monthInput,
    kpiId: id,
    subjectId: id,
    target: z.number().finite().min(-1_000_000).max(1_000_000),
  }),
  list: z.object({ month: monthInput, subjectId: id.nullish() }),
  /** The caller's scheme of the month with the target that applies to each KPI, and whether they signed. */
  mine: z.object({ month: monthInput }),
  acknowledge: z.object({ month: monthInput }),
};
