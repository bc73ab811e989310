// 培训计划的自动草稿: a unit's plan starts from what last month showed it lacks — the knowledge points its
// people answered worst in the monthly exam (only those below the city, or below 80 % when no city figure
// exists), and the checklist items its halls failed most in inspections (短板). Owners then edit freely.
import type { PlanTopic } from '@duda/contract-training';

export interface WeakPoint {
  id: string;
  name: string;
  /** 0–1, over the unit's attempts. */
  facility: number;
  /** 0–1, over the city's attempts; null when the city has none. */
  cityFacility: number | null;
}

export interface FailedItem {
  itemCode: string;
  itemTitle: string;
  failed: number;
}

/** Facility under this is weak even where the whole city is as weak. */
const WEAK_FACILITY = 0.8;
const MAX_POINTS = 5;
const MAX_ITEMS = 5;

const percent = (share: number) => Math.round(share * 1000) / 10;

function isWeak(p: WeakPoint) {
  return p.cityFacility === null
    ? p.facility < WEAK_FACILITY
    : p.facility < p.cityFacility || p.facility < WEAK_FACILITY;
}

export function draftTopics(points: readonly WeakPoint[], items: readonly FailedItem[]): PlanTopic[] {
  const weak = points
    .filter(isWeak)
    .sort((a, b) => a.facility - b.facility || a.id.localeCompare(b.id))
    .slice(0, MAX_POINTS)
    .map((p): PlanTopic => ({
      key: `kp:${p.id}`,
      source: 'KNOWLEDGE_POINT',
      title: p.name,
      reason: {
        kind: 'facility',
        facility: percent(p.facility),
        cityFacility: p.cityFacility === null ? null : percent(p.cityFacility),
      },
    }));
  const staves = items
    .filter((i) => i.failed > 0)
    .sort((a, b) => b.failed - a.failed || a.itemCode.localeCompare(b.itemCode))
    .slice(0, MAX_ITEMS)
    .map((i): PlanTopic => ({
      key: `item:${i.itemCode}`,
      source: 'SHORT_STAVE',
      title: i.itemTitle,
      reason: { kind: 'failures', failed: i.failed },
    }));
  return [...weak, ...staves];
}

/** Attendance rate of a month's sessions: present over those marked (excused people are not expected). */
export function attendanceRate(marks: readonly { status: string | null }[]): number | null {
  const expected = marks.filter((m) => m.status === 'PRESENT' || m.status === 'ABSENT');
  if (expected.length === 0) return null;
  return percent(expected.filter((m) => m.status === 'PRESENT').length / expected.length);
}
