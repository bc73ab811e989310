// Each person's occurrences of their city's duties for a span of days: which version of each duty is in force
// for a period, and the task that period gives (its due time, window and target). No storage: the generation
// job and the bench insert what this returns.
import type { DutyCadence, DutyEvidenceKind, DutyRole } from '@duda/contract-portal';
import { daysBetween, type CalendarDate } from '@duda/month';
import { dueAtOf, fallsOnWeekend, periodsBetween, windowStartAtOf } from './periods.ts';

export interface TemplateVersion {
  id: string;
  code: string;
  version: number;
  effectiveFrom: CalendarDate;
  role: string;
  cadence: DutyCadence;
  title: string;
  target: number;
  dueDay: number | null;
  dueTime: string;
  windowStart: string | null;
  weekdaysOnly: boolean;
  evidence: DutyEvidenceKind | null;
  active: boolean;
}

/** A person holding a duty role at an org node, with the copies a task keeps. */
export interface Holder {
  personId: string;
  personName: string;
  role: DutyRole;
  orgNodeId: string;
  orgName: string;
  cityId: string;
}

export interface TaskDraft {
  personId: string;
  personName: string;
  role: DutyRole;
  orgNodeId: string;
  orgName: string;
  cityId: string;
  templateId: string;
  code: string;
  cadence: DutyCadence;
  periodKey: string;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  title: string;
  target: number;
  evidence: DutyEvidenceKind | null;
  windowStartAt: Date | null;
  dueAt: Date;
}

/** The version of one duty in force for a period starting on `start`: the latest that took effect by then. */
export function versionInForce(
  versions: readonly TemplateVersion[],
  start: CalendarDate,
): TemplateVersion | null {
  let found: TemplateVersion | null = null;
  for (const v of versions)
    if (daysBetween(v.effectiveFrom, start) >= 0 && (!found || v.version > found.version)) found = v;
  return found;
}

/** A city's versions grouped by duty, for one role. */
export function dutiesOfRole(versions: readonly TemplateVersion[], role: string): TemplateVersion[][] {
  const byCode = new Map<string, TemplateVersion[]>();
  for (const v of versions) if (v.role === role) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  return [...byCode.values()];
}

/** A task without whose it is: the same for everyone of a role in a city, so worked out once per role and day. */
export type Occurrence = Omit<TaskDraft, keyof Holder>;

/** The occurrences of a role's duties in the periods touching `from`…`to`, one per duty and period. */
export function roleOccurrences(
  role: string,
  versions: readonly TemplateVersion[],
  from: CalendarDate,
  to: CalendarDate,
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const duty of dutiesOfRole(versions, role)) {
    for (const period of periodsBetween(duty[0]!.cadence, from, to)) {
      const v = versionInForce(duty, period.start);
      if (!v || !v.active || v.cadence !== period.cadence) continue;
      if (v.cadence === 'DAILY' && v.weekdaysOnly && fallsOnWeekend(period.start)) continue;
      occurrences.push({
        templateId: v.id,
        code: v.code,
        cadence: v.cadence,
        periodKey: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        title: v.title,
        target: v.target,
        evidence: v.evidence,
        windowStartAt: windowStartAtOf(v, period),
        dueAt: dueAtOf(v, period),
      });
    }
  }
  return occurrences;
}

/** A role's occurrences as one holder's tasks. */
export const tasksOf = (holder: Holder, occurrences: readonly Occurrence[]): TaskDraft[] =>
  occurrences.map((o) => ({
    personId: holder.personId,
    personName: holder.personName,
    role: holder.role,
    orgNodeId: holder.orgNodeId,
    orgName: holder.orgName,
    cityId: holder.cityId,
    ...o,
  }));

/** The tasks a holder has in the periods touching `from`…`to`, one per duty and period. */
export const occurrencesFor = (
  holder: Holder,
  versions: readonly TemplateVersion[],
  from: CalendarDate,
  to: CalendarDate,
): TaskDraft[] => tasksOf(holder, roleOccurrences(holder.role, versions, from, to));
