// "The version in force on date D" (某日现行版本): the last version published by the end of D (China time) that
// was not yet superseded then. A version superseded during D is no longer the one in force at the day's end.
import { endOfChinaDay, type CalendarDate } from '@duda/month';

export interface DatedVersion {
  id: string;
  publishedAt: Date | null;
  supersededAt: Date | null;
}

export function versionInForceOn<V extends DatedVersion>(
  versions: readonly V[],
  date: CalendarDate,
): V | null {
  const end = endOfChinaDay(date).getTime();
  return (
    versions
      .filter((v) => v.publishedAt && v.publishedAt.getTime() <= end)
      .filter((v) => !v.supersededAt || v.supersededAt.getTime() > end)
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime())[0] ?? null
  );
}
