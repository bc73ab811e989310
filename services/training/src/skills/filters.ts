// The filters every skills list shares: hall, person (by id, or by words of the name or 工号), month, or the ISO
// week (Monday to Sunday) of a day.
import { mondayOf } from '@duda/contract-training';

export interface RecordFilter {
  hallId?: string | null;
  personId?: string | null;
  person?: string | null;
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
    ...(filter.person
      ? {
          OR: [
            { personName: { contains: filter.person, mode: 'insensitive' as const } },
            { staffNo: { contains: filter.person, mode: 'insensitive' as const } },
          ],
        }
      : {}),
    ...(filter.month ? { month: filter.month } : {}),
    ...(filter.week ? { weekOf: mondayOf(filter.week) } : {}),
  };
}

export const pageOf = (filter: RecordFilter) => ({
  skip: (filter.page - 1) * filter.pageSize,
  take: filter.pageSize,
});
