// Completion rates (完成率) of duties: per person and role, and per supervision tier (市/区县/基层). A rate is over the
// tasks whose outcome is known: done / (done + missed); open ones are counted beside it, not in it.
import {
  DUTY_TIERS,
  TIER_OF_ROLE,
  type DutyRateRow,
  type DutyRates,
  type DutyRole,
} from '@duda/contract-portal';

export interface RatedTask {
  personId: string;
  personName: string;
  role: DutyRole;
  orgName: string;
  status: 'OPEN' | 'DONE' | 'MISSED';
  /** How many tasks of that person, role and status (counted by the database). */
  count: number;
}

export const rateOf = (done: number, missed: number): number | null =>
  done + missed === 0 ? null : Math.round((done / (done + missed)) * 1000) / 1000;

/** The rows (lowest rate first, then by name) and the tier summary of counted tasks. */
export function completionRates(tasks: readonly RatedTask[]): Pick<DutyRates, 'people' | 'tiers'> {
  const rows = new Map<string, DutyRateRow>();
  for (const t of tasks) {
    const key = `${t.personId}:${t.role}`;
    const row = rows.get(key) ?? {
      personId: t.personId,
      personName: t.personName,
      role: t.role,
      tier: TIER_OF_ROLE[t.role],
      orgName: t.orgName,
      done: 0,
      missed: 0,
      open: 0,
      rate: null,
    };
    if (t.status === 'DONE') row.done += t.count;
    else if (t.status === 'MISSED') row.missed += t.count;
    else row.open += t.count;
    rows.set(key, row);
  }
  const people = [...rows.values()].map((r) => ({ ...r, rate: rateOf(r.done, r.missed) }));
  people.sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.personName.localeCompare(b.personName, 'zh-CN'));
  const tiers = DUTY_TIERS.map((tier) => {
    const of = people.filter((p) => p.tier === tier);
    const sum = (key: 'done' | 'missed' | 'open') => of.reduce((n, p) => n + p[key], 0);
    return {
      tier,
      people: new Set(of.map((p) => p.personId)).size,
      done: sum('done'),
      missed: sum('missed'),
      open: sum('open'),
      rate: rateOf(sum('done'), sum('missed')),
    };
  }).filter((t) => t.people > 0);
  return { people, tiers };
}
