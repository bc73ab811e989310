// 必读 counted per person (docs in @duda/contract-training knowledge.ts): an assignment is FINISHED for a person
// who read the article to the end no later than its deadline, UNREAD once the deadline has passed without that,
// and PENDING before the deadline. A person's monthly figure is the number of UNREAD assignments whose deadline
// falls in the month; performance deducts by it (the platform reports the count, it never computes pay).
import type { ReadingState } from '@duda/contract-training';

export type RequirementOutcome = 'FINISHED' | 'UNREAD' | 'PENDING';

export function requirementOutcome(deadline: Date, finishedAt: Date | null, now: Date): RequirementOutcome {
  if (finishedAt && finishedAt <= deadline) return 'FINISHED';
  return now > deadline ? 'UNREAD' : 'PENDING';
}

/** What the reader has done with the article, whatever the deadline. */
export const readingState = (read: { openedAt: Date; finishedAt: Date | null } | null): ReadingState =>
  !read ? 'UNOPENED' : read.finishedAt ? 'FINISHED' : 'OPENED';

export interface PersonRequirement {
  personId: string;
  deadline: Date;
  finishedAt: Date | null;
}

export interface PersonTally {
  required: number;
  finished: number;
  unread: number;
  pending: number;
}

/** Each person's tally over their assignments (those of one month, as the caller chose them). */
export function tallyByPerson(rows: readonly PersonRequirement[], now: Date): Map<string, PersonTally> {
  const tallies = new Map<string, PersonTally>();
  for (const row of rows) {
    const tally = tallies.get(row.personId) ?? { required: 0, finished: 0, unread: 0, pending: 0 };
    tally.required += 1;
    const outcome = requirementOutcome(row.deadline, row.finishedAt, now);
    if (outcome === 'FINISHED') tally.finished += 1;
    else if (outcome === 'UNREAD') tally.unread += 1;
    else tally.pending += 1;
    tallies.set(row.personId, tally);
  }
  return tallies;
}
