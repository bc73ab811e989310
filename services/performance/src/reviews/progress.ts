// How far the rating of one person has come, per perspective, for the cycle's managers only (to remind raters).
import { PERSPECTIVES, type Perspective } from '@duda/contract-performance';

export function progressOf(raters: readonly { perspective: Perspective; status: string }[]) {
  return PERSPECTIVES.map((perspective) => {
    const mine = raters.filter((r) => r.perspective === perspective);
    return {
      perspective,
      approved: mine.filter((r) => r.status === 'APPROVED' || r.status === 'SUBMITTED').length,
      submitted: mine.filter((r) => r.status === 'SUBMITTED').length,
    };
  });
}
