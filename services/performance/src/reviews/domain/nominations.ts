// Who nominates raters (提名) and how a nomination starts: peers and direct reports are proposed by the rated
// person or their superior; the superior (or the review manager) approves. The superior's own nominations need
// no second approval. Superiors rate without nomination: they come from the org tree.
import type { NominationStatus, Perspective } from '@duda/contract-performance';

/** How the caller stands to one person under review. */
export type Standing = 'SUBJECT' | 'SUPERIOR' | 'MANAGER' | null;

export function standingOf(
  viewer: { personId: string; manages: boolean },
  subject: { personId: string; superiorIds: readonly string[] },
): Standing {
  // The rated person is checked first: managing reviews never lets anyone read their own raters.
  if (viewer.personId === subject.personId) return 'SUBJECT';
  if (subject.superiorIds.includes(viewer.personId)) return 'SUPERIOR';
  return viewer.manages ? 'MANAGER' : null;
}

export const mayPropose = (standing: Standing) => standing !== null;
export const mayApprove = (standing: Standing) => standing === 'SUPERIOR' || standing === 'MANAGER';

export const initialStatus = (standing: Standing): NominationStatus =>
  standing === 'SUBJECT' ? 'PROPOSED' : 'APPROVED';

export interface Candidate {
  personId: string;
  perspective: Perspective;
}

/** Who may be nominated: the candidates taken from the org tree when the person was added (peers, reports). */
export const isCandidate = (candidates: readonly Candidate[], personId: string) =>
  candidates.some((c) => c.personId === personId && c.perspective !== 'SUPERIOR');
