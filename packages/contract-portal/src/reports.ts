// `portal.reports`: the hall monthly report (营业厅月报表, 表2) — prefilled from the areas' figures (inspection
// scores and short staves, rectification, exam results, complaints), completed by the hall manager per section,
// submitted; the district supervisor reads the submitted reports of their halls.
import { commonErrors, text, type Locale } from '@duda/contract-kit';
import { z } from 'zod';

/** The eight sections of 表2 (docs/domain.md "表2 sections"), each the manager's free text. */
export const REPORT_SECTIONS = [
  'marketing',
  'basics',
  'service',
  'business',
  'people',
  'waiting',
  'team',
  'adhoc',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_LABELS: Record<ReportSection, Record<Locale, string>> = {
  marketing: { 'zh-CN': '营销情况', en: 'Marketing' },
  basics: { 'zh-CN': '基础管理', en: 'Basic management' },
  service: { 'zh-CN': '服务情况', en: 'Service' },
  business: { 'zh-CN': '业务情况', en: 'Business' },
  people: { 'zh-CN': '人员情况', en: 'People' },
  waiting: { 'zh-CN': '客户等候时长', en: 'Customer waiting time' },
  team: { 'zh-CN': '团队建设', en: 'Team building' },
  adhoc: { 'zh-CN': '临时性工作', en: 'Ad-hoc work' },
};

/** The areas a report is prefilled from; one that fails or is absent is reported unavailable, the rest still fill. */
export const REPORT_SOURCES = [
  'inspection',
  'shortStaves',
  'training',
  'complaints',
  'queue',
  'equipment',
] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/** A figure as read from its area, with the page in that area's remote that shows it (`/<area>/<link>`). */
export interface ReportFigure {
  key: string;
  value: number | null;
  area: string;
  link: string;
}

/** One listed thing behind the figures (an inspection, a short stave, an exam), openable in its area. */
export interface ReportItem {
  title: string;
  detail: string;
  area: string;
  link: string;
}

export interface ReportPrefill {
  /** Which sources answered when it was read. */
  sources: { source: ReportSource; available: boolean }[];
  figures: ReportFigure[];
  inspections: ReportItem[];
  shortStaves: ReportItem[];
  exams: ReportItem[];
}

const month = text().regex(/^2\d{3}-(0[1-9]|1[0-2])$/);
const hallId = z.uuid({ error: commonErrors.invalidId.code });
const sections = z
  .object(Object.fromEntries(REPORT_SECTIONS.map((s) => [s, text().trim().max(3000).optional()])))
  .strict() as z.ZodType<Partial<Record<ReportSection, string>>>;

export const reportsInputs = {
  /** The caller's hall's report of a month (this month when left out). */
  mine: z.object({ month: month.nullish() }),
  get: z.object({ hallId, month }),
  prefill: z.object({ hallId, month }),
  save: z.object({ hallId, month, sections }),
  submit: z.object({ hallId, month, sections }),
  list: z.object({ month }),
};

export interface HallReportView {
  id: string;
  hallId: string;
  hallName: string;
  month: string;
  status: 'DRAFT' | 'SUBMITTED';
  prefill: ReportPrefill;
  prefilledAt: Date;
  sections: Partial<Record<ReportSection, string>>;
  authorName: string;
  submittedAt: Date | null;
  updatedAt: Date;
}

/** The manager's halls for a month: each with its report, none yet when not started. */
export interface MyHallReports {
  month: string;
  halls: { hallId: string; hallName: string; report: HallReportView | null }[];
}

export interface HallReportRow {
  id: string;
  hallId: string;
  hallName: string;
  month: string;
  authorName: string;
  submittedAt: Date;
}

/** What each prefilled figure is, by its key (the page shows these beside the value). */
export const REPORT_FIGURE_LABELS: Record<string, Record<Locale, string>> = {
  'inspection.count': { 'zh-CN': '本月检查次数', en: 'Inspections this month' },
  'inspection.averageScore': { 'zh-CN': '检查平均得分', en: 'Average inspection score' },
  'inspection.vetoed': { 'zh-CN': '一票否决次数', en: 'Vetoed inspections' },
  'rectification.issued': { 'zh-CN': '整改单下发', en: 'Rectification orders issued' },
  'rectification.closed': { 'zh-CN': '整改验证通过', en: 'Rectification orders closed' },
  'rectification.overdue': { 'zh-CN': '整改超期', en: 'Rectification orders overdue' },
  'training.candidates': { 'zh-CN': '应考人次', en: 'Exam candidates' },
  'training.sat': { 'zh-CN': '实考人次', en: 'Exams sat' },
  'training.averagePercent': { 'zh-CN': '考试平均分（%）', en: 'Average exam score (%)' },
  'training.passed': { 'zh-CN': '考试合格人次', en: 'Exams passed' },
  'complaints.total': { 'zh-CN': '客户投诉', en: 'Complaints' },
  'complaints.closed': { 'zh-CN': '投诉已办结', en: 'Complaints closed' },
  'complaints.escalated': { 'zh-CN': '投诉升级', en: 'Complaints escalated' },
  'queue.readings': { 'zh-CN': '排队上报次数', en: 'Queue readings' },
  'queue.warnings': { 'zh-CN': '排队预警次数', en: 'Queue warnings' },
  'queue.maxWaiting': { 'zh-CN': '最多等候人数', en: 'Most customers waiting' },
  'equipment.faults': { 'zh-CN': '设备报障次数', en: 'Equipment faults' },
  'equipment.selfServiceAvailability': {
    'zh-CN': '自助终端可用率（%）',
    en: 'Self-service terminal availability (%)',
  },
};

export const REPORT_SOURCE_LABELS: Record<ReportSource, Record<Locale, string>> = {
  inspection: { 'zh-CN': '服务检查与整改', en: 'Inspections and rectification' },
  shortStaves: { 'zh-CN': '短木板', en: 'Short staves' },
  training: { 'zh-CN': '培训考试', en: 'Exams' },
  complaints: { 'zh-CN': '客户投诉', en: 'Complaints' },
  queue: { 'zh-CN': '排队情况', en: 'Queues' },
  equipment: { 'zh-CN': '设施与设备', en: 'Equipment' },
};
