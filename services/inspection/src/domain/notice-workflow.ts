// Editing and publishing a monthly notice. The supervisor may rewrite the words (title, summary) and
// curate the common problems and typical cases; the ranking and rectification tables are computed figures
// and stay as built. Curating the common problems means choosing and ordering the built ones: their
// figures are kept as computed, whatever the patch says. Once published (DRAFT → PUBLISHED) a notice is read-only: halls have acted on it.
import { badRequest, conflict } from '@duda/service-kit/errors';
import type { MonthlyNotice } from './monthly-notice.ts';

export type NoticePatch = Partial<
  Pick<MonthlyNotice, 'title' | 'summary' | 'commonProblems' | 'typicalCases'>
>;

function assertDraft(notice: MonthlyNotice): void {
  if (notice.status !== 'DRAFT') throw conflict('通报已发布，不能再修改。');
}

export function editNotice<N extends MonthlyNotice>(notice: N, patch: NoticePatch): N {
  assertDraft(notice);
  if (patch.title !== undefined && !patch.title.trim()) throw badRequest('请填写通报标题。', 'title');
  patch.typicalCases?.forEach((c, index) => {
    if (!c.description.trim())
      throw badRequest('请填写典型案例的情况描述。', `typicalCases.${index}.description`);
  });
  const commonProblems = patch.commonProblems?.map((chosen, index) => {
    const built = notice.commonProblems.find((p) => p.itemCode === chosen.itemCode);
    if (!built) throw badRequest('共性问题只能从本月统计出的问题中选择。', `commonProblems.${index}`);
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
  if (!notice.summary.trim()) throw badRequest('通报正文（总体情况）不能为空。', 'summary');
  return { ...notice, status: 'PUBLISHED', publishedAt: now, publishedBy: actorId };
}
