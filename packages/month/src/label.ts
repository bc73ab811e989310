// How a month is named to people: `2025年3月` in Chinese (notices, messages), `March 2025` in English.
import { dayjs } from './china-time.ts';
import { yearAndMonthOf } from './month-key.ts';
import type { MonthKey } from './month-key.ts';

export type MonthLabelLocale = 'zh-CN' | 'en';

export function monthLabel(month: MonthKey, locale: MonthLabelLocale = 'zh-CN'): string {
  if (locale === 'en') return dayjs.utc(`${month}-01`).format('MMMM YYYY');
  const { year, month: monthNumber } = yearAndMonthOf(month);
  return `${year}年${monthNumber}月`;
}
