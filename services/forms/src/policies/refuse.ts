// A rule's refusal as the area's error, a deadline worded in China time (2026-12-10 18:00).
import { policiesErrors } from '@duda/contract-forms';
import type { Refusal } from './domain/revision.ts';

const chinaMinute = (at: Date) =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export function refusalError(refusal: Refusal) {
  if (refusal.key === 'consultationClosed')
    return policiesErrors.consultationClosed({ deadline: chinaMinute(refusal.params.deadline) });
  if (refusal.key === 'opinionsUnmarked') return policiesErrors.opinionsUnmarked(refusal.params);
  return policiesErrors[refusal.key]();
}
