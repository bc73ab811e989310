// The work-log form (工作日志) on the page: what it starts from — the unsent device draft first, then the saved
// log, else one empty line — and what it sends (hours on the floor as minutes, blank lines dropped).
import type { WorkLogInput } from './api.ts';

export interface LogForm {
  entries: string[];
  floorHours: number;
  issues: string;
}

interface SavedLog {
  entries: string[];
  floorMinutes: number;
  issues: string;
}

export function startingForm(draft: LogForm | null, saved: SavedLog | null): LogForm {
  if (draft) return { ...draft, entries: [...draft.entries] };
  if (saved)
    return { entries: [...saved.entries], floorHours: saved.floorMinutes / 60, issues: saved.issues };
  return { entries: [''], floorHours: 0, issues: '' };
}

/** The log to send, or null when no line of work is written. */
export function toInput(day: string, form: LogForm): WorkLogInput | null {
  const entries = form.entries.map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  return { day, entries, floorMinutes: Math.round(form.floorHours * 60), issues: form.issues.trim() };
}

/** The device draft's key: per person and day, so two people on one phone keep theirs apart. */
export const draftKey = (personId: string, day: string) => `duda.worklog.draft.${personId}.${day}`;
