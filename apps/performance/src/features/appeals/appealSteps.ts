// What the appeal page offers the caller at each step: the superior records the interview of a filed appeal, then
// decides; the appellant and everyone else only read. The status tones follow the platform's status colours.
import type { AppealStatus } from '@duda/contract-performance';

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
