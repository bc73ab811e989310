// Input pieces every inspection sub-area uses: ids, months, days, and the scope-and-month pair of the
// monthly views (a city or district and a `YYYY-MM`).
import { CALENDAR_DATE_PATTERN, MONTH_KEY_PATTERN } from '@duda/month';
import { z } from 'zod';

export const id = z.uuid({ error: '编号格式不正确' });
export const month = z.string().regex(MONTH_KEY_PATTERN, '月份格式应为 YYYY-MM');
export const date = z.string().regex(CALENDAR_DATE_PATTERN, '日期格式应为 YYYY-MM-DD');

export const byId = z.object({ id });
/** A city or district (组织) and a month: what the monthly notice and the month archive are about. */
export const scopeMonth = z.object({ scopeOrgId: id, month });
