// Editing and publishing a monthly notice. The supervisor may rewrite the words (title, summary) and
// curate the common problems and typical cases; the ranking and rectification tables are computed figures
// and stay as built. Curating the common problems means choosing and ordering the built ones: their
// figures are kept as computed, whatever the patch says. Once published (DRAFT → PUBLISHED) a notice is read-only: halls have acted on it.
import { inspectionErrors } from '@duda/contract-inspection';
import type { MonthlyNotice } from './monthly-notice.ts';

export type NoticePatch = Partial<
  Pick<MonthlyNotice, 'title' | 'summary' | 'commonProblems' | 'typicalCases'>
>;

function assertDraft(notice: MonthlyNotice): void {
  if (notice.status !== 'DRAFT') throw inspectionErrors.noticeLocked();
}

export function editNotice<N extends MonthlyNotice>(notice: N, sent: NoticePatch): N {
  assertDraft(notice);
  // A field sent without a value (superjson carries `summary: undefined`) changes nothing, as one left out.
  const patch = Object.fromEntries(
    Object.entries(sent).filter(([, value]) => value !== undefined),
  ) as NoticePatch;
  if (patch.title !== undefined && !patch.title.trim())
    throw inspectionErrors.noticeTitleRequired({}, 'title');
  patch.typicalCases?.forEach((c, index) => {
    if (!c.description.trim())
      throw inspectionErrors.caseDescriptionRequired({}, `typicalCases.${index}.description`);
  });
  const commonProblems = patch.commonProblems?.map((chosen, index) => {
    const built = notice.commonProblems.find((p) => p.itemCode === chosen.itemCode);
    if (!built) throw inspectionErrors.commonProblemUnknown({}, `commonProblems.${index}`);
    return built;
  });
  return {
    ...notice,
    ...patch,
    ...(patch.title !== undefined && { title: patch.title.trim() }),
    ...(commonProblems && { commonProblems }),
  };
}

export function publishNotice<N extends MonthlyNotice>(notice: N, actorId: string, now: Date): N {
  assertDraft(notice);
  if (!notice.summary.trim()) throw inspectionErrors.noticeSummaryRequired({}, 'summary');
  return { ...notice, status: 'PUBLISHED', publishedAt: now, publishedBy: actorId };
}
