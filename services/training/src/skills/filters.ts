// The filters every skills list shares: hall, person, month, or the week of a day.
import { mondayOf } from '@duda/contract-training';

export interface RecordFilter {
  hallId?: string | null;
  personId?: string | null;
  month?: string | null;
  week?: string | null;
  page: number;
  pageSize: number;
}

/** Where-clause for oral exams and handling records (both keep weekOf); typing results have a month only. */
export function recordFilter(filter: Omit<RecordFilter, 'page' | 'pageSize'>) {
  return {
    ...(filter.hallId ? { hallId: filter.hallId } : {}),
    ...(filter.personId ? { personId: filter.personId } : {}),
    ...(filter.month ? { month: filter.month } : {}),
    ...(filter.week ? { weekOf: mondayOf(filter.week) } : {}),
  };
}

export const pageOf = (filter: RecordFilter) => ({
  skip: (filter.page - 1) * filter.pageSize,
  take: filter.pageSize,
});
