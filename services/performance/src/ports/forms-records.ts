// The forms service's public API as performance writes to it: an appeal's interview (面谈) is filed as a staff
// conversation record (员工交流谈话记录, 表9) by the superior, through `forms.submissions.submit` on their behalf, so
// forms checks the record and who may file it at the hall as it does for its own pages. Never its tables.
import { appealsErrors } from '@duda/contract-performance';
import type { CallerContext, ServiceClient } from '@duda/service-kit';
import { TRPCClientError } from '@trpc/client';
import { TRPCError } from '@trpc/server';

/** The form's number: the province's reference form, or a city's copy of it. */
export const INTERVIEW_FORM_CODE = '表9';

/** What the superior fills in; the rest of the record comes from the appeal. */
export interface InterviewRecord {
  hall: { id: string; name: string };
  staff: { id: string; name: string };
  date: string;
  topic: string;
  content: string;
  staffOpinion: string;
  actions: string;
}

interface TemplateRow {
  code: string;
  orgLevel: string;
  currentVersionId: string | null;
}

// A city's own copy of 表9 is the one its units fill in, before the province's.
const NEAREST_FIRST = ['hall', 'district', 'city', 'province'];

/** The forms page that opens a record (the forms remote's route). */
export const interviewRecordLink = (submissionId: string) => `/forms/submissions/${submissionId}`;

const FAILURES: readonly string[] = [
  'INTERNAL_SERVER_ERROR',
  'BAD_GATEWAY',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
];

/**
 * Forms answered with a refusal of its own (who may file at the hall, a field of the form): passed on as it is — in
 * process a tRPC error, over HTTP the client's copy of it. Anything else (no answer, a connection refused, a failure
 * inside forms) means the record was not filed, and the superior is told so in so many words.
 */
function passOn(error: unknown): never {
  if (error instanceof TRPCError && !FAILURES.includes(error.code)) throw error;
  if (error instanceof TRPCClientError) {
    const code = (error.shape as { data?: { code?: TRPCError['code'] } } | undefined)?.data?.code;
    if (code && !FAILURES.includes(code))
      throw new TRPCError({ code, message: error.message, cause: error.shape });
  }
  throw appealsErrors.formsUnavailable();
}

/** Files the interview as 表9 at the appellant's hall, as the caller (the superior); answers the record's id. */
export async function fileInterviewRecord(
  forms: ServiceClient | null,
  ctx: CallerContext,
  record: InterviewRecord,
): Promise<string> {
  const mutate = forms?.mutate?.bind(forms);
  if (!forms || !mutate) throw appealsErrors.formsUnavailable();
  const { items } = await forms
    .query<{ items: TemplateRow[] }>(ctx, 'templates.list', {
      q: INTERVIEW_FORM_CODE,
      publishedOnly: true,
      pageSize: 50,
    })
    .catch(passOn);
  const template = items
    .filter((one) => one.code === INTERVIEW_FORM_CODE && one.currentVersionId)
    .sort((a, b) => NEAREST_FIRST.indexOf(a.orgLevel) - NEAREST_FIRST.indexOf(b.orgLevel))[0];
  if (!template) throw appealsErrors.noInterviewForm();
  const saved = await mutate<{ id: string }>(ctx, 'submissions.submit', {
    versionId: template.currentVersionId,
    orgNodeId: record.hall.id,
    data: {
      hall: record.hall,
      staff: record.staff,
      date: record.date,
      kind: 'performance',
      topic: record.topic,
      content: record.content,
      ...(record.staffOpinion ? { staffOpinion: record.staffOpinion } : {}),
      ...(record.actions ? { actions: record.actions } : {}),
    },
  }).catch(passOn);
  return saved.id;
}
