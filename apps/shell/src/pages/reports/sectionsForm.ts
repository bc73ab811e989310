// The report's sections on the page (表2): what the form starts from — the unsent device draft, else the saved text —
// and what it sends (trimmed, empty sections left out).
import { REPORT_SECTIONS, type ReportSection } from '@duda/contract-portal';

export type Sections = Record<ReportSection, string>;

export function startingSections(
  draft: Partial<Sections> | null,
  saved: Partial<Record<ReportSection, string>>,
): Sections {
  return Object.fromEntries(REPORT_SECTIONS.map((s) => [s, draft?.[s] ?? saved[s] ?? ''])) as Sections;
}

export const toSent = (form: Sections): Partial<Sections> =>
  Object.fromEntries(
    REPORT_SECTIONS.flatMap((s) => (form[s].trim() ? [[s, form[s].trim()]] : [])),
  ) as Partial<Sections>;

export const reportDraftKey = (personId: string, hallId: string, month: string) =>
  `duda.report.draft.${personId}.${hallId}.${month}`;
