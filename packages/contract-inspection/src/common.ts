// Input pieces every inspection sub-area uses: ids, months, days, and the scope-and-month pair of the
// monthly views (a city or district and a `YYYY-MM`).
import { commonErrors, text } from '@duda/contract-kit';
import { CALENDAR_DATE_PATTERN, MONTH_KEY_PATTERN } from '@duda/month';
import { z } from 'zod';
import { inspectionErrors } from './errors.ts';

export const id = z.uuid({ error: commonErrors.invalidId.code });
export const month = text().regex(MONTH_KEY_PATTERN, { error: inspectionErrors.monthFormat.code });
export const date = text().regex(CALENDAR_DATE_PATTERN, { error: inspectionErrors.dateFormat.code });

export const byId = z.object({ id });
/**
 * One record by id, with the evidence grant another area signed for the caller when it cites this record as the
 * evidence behind their own figure (a clerk's scorecard): it lets that caller read that record alone.
 */
export const citedById = byId.extend({ grant: text().max(100).nullish() });
/** A city or district (组织) and a month: what the monthly notice and the month archive are about. */
export const scopeMonth = z.object({ scopeOrgId: id, month });
