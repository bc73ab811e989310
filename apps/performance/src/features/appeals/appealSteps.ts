// What the appeal page offers the caller at each step: the superior records the interview of a filed appeal, then
// decides; the appellant and everyone else only read. The status tones follow the platform's status colours.
import type { AppealInterview, AppealStatus } from '@duda/contract-performance';
import { browserDrafts, type BrowserDrafts } from '@duda/ui';

export type AppealForm = 'interview' | 'decide' | null;

export function formFor(appeal: { status: AppealStatus; canDecide: boolean }): AppealForm {
  if (!appeal.canDecide) return null;
  if (appeal.status === 'FILED') return 'interview';
  if (appeal.status === 'INTERVIEWED') return 'decide';
  return null;
}

export const APPEAL_TONES: Record<AppealStatus, string> = {
  FILED: 'submitted',
  INTERVIEWED: 'in_progress',
  ACCEPTED: 'approved',
  REJECTED: 'rejected',
};

/** Evidence typed as one item a line: "title" alone, or "title https://…" with a link at its end. */
export function parseEvidence(text: string): { title: string; url: string | null }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 10)
    .map((line) => {
      const match = /^(.*?)\s*(https?:\/\/\S+)$/.exec(line);
      if (!match) return { title: line.slice(0, 200), url: null };
      return { title: (match[1] || match[2]!).slice(0, 200), url: match[2]! };
    });
}

/** Where the superior's unsent interview record waits across a reload, per person and appeal (the target). */
export const interviewDrafts = (
  personId: string,
  storage?: Storage,
): BrowserDrafts<Record<string, unknown>> =>
  browserDrafts({
    kind: 'duda.performance.appeal-interview',
    personId,
    isValid: (value): value is Record<string, unknown> => typeof value === 'object' && value !== null,
    storage,
  });

/**
 * The 表9 record as the dialog opens it: what was typed before a reload, or filled in from the appeal — today's
 * date, the topic naming the month and the line, and the appeal's reason as the staff member's view.
 */
export function interviewStart(
  appeal: { month: string; kpiName: string; reason: string },
  kept: Record<string, unknown> | null,
  today: string,
): AppealInterview {
  const fresh: AppealInterview = {
    date: today,
    topic: `绩效申诉面谈: ${appeal.month} ${appeal.kpiName}`,
    content: '',
    staffOpinion: appeal.reason,
    actions: '',
  };
  if (!kept) return fresh;
  const pick = (key: keyof AppealInterview) =>
    typeof kept[key] === 'string' ? (kept[key] as string) : fresh[key];
  return {
    date: pick('date'),
    topic: pick('topic'),
    content: pick('content'),
    staffOpinion: pick('staffOpinion'),
    actions: pick('actions'),
  };
}
