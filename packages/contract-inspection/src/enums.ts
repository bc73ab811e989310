// The area's enums: every status, kind and severity as an `as const` array with its type. Schema-free on
// purpose — a page that needs only the values and their words (filters, status tags) imports them without
// building the zod schemas of the input files, which import them from here.

// Checklist standards (检查标准)

/** STANDARD: 检查标准 used by supervisors; DAILY: 日检表 the hall manager walks twice a day. */
export const CHECKLIST_KINDS = ['STANDARD', 'DAILY'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** Only a PUBLISHED version can be used for new inspections; RETIRED versions stay readable for history. */
export const TEMPLATE_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** PASS_FAIL: 合格/不合格; POINTS: whole points from 0 to maxPoints (e.g. a 0–5 rating). */
export const SCORING_MODES = ['PASS_FAIL', 'POINTS'] as const;
export type ScoringMode = (typeof SCORING_MODES)[number];

/** How urgently a problem on this item must be rectified (整改紧急程度), most urgent first. */
export const SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * When an item that asks for evidence (拍照留证) needs its photo: ALWAYS, whatever the result; ON_PROBLEM, only when
 * it is a problem (不合格 or below full points), so a passing item costs no photo. Versions saved before the
 * setting existed have none and mean ALWAYS, as they did.
 */
export const PHOTO_WHEN = ['ALWAYS', 'ON_PROBLEM'] as const;
export type PhotoWhen = (typeof PHOTO_WHEN)[number];

// Inspections (检查)

/** 日检, 营业厅自查, 月度明查, 交叉巡检, 神秘客户暗访. */
export const INSPECTION_KINDS = ['DAILY', 'SELF_CHECK', 'MONTHLY_VISIT', 'CROSS', 'MYSTERY'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/**
 * The supervisors' own inspections (明查, 交叉巡检, 暗访): what a plan schedules from the plan page and what
 * counts in scores, rankings and notices. The hall's own checks (日检, 自查) do not.
 */
export const SCORED_KINDS = [
  'MONTHLY_VISIT',
  'CROSS',
  'MYSTERY',
] as const satisfies readonly InspectionKind[];
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** An inspection is a DRAFT while autosaved, SUBMITTED once scored; submitted results never change. */
export const INSPECTION_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** 合格, 不合格, 不适用; a POINTS item takes a number instead. */
export const ITEM_VERDICTS = ['PASS', 'FAIL', 'NA'] as const;

export const INSPECTION_SORT_KEYS = ['inspectedOn', 'total'] as const;

// Monthly plans (月度检查计划)

/** DRAFT → SUBMITTED (待审批) → APPROVED → PUBLISHED (已下发); a REJECTED plan is revised back to DRAFT. */
export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A plan covers a city or one of its districts. */
export const PLAN_SCOPE_LEVELS = ['CITY', 'DISTRICT'] as const;
export type PlanScopeLevel = (typeof PLAN_SCOPE_LEVELS)[number];

/** Daily inspections are the hall's own routine and are never planned; a self-check may be. */
export const PLANNED_KINDS = ['SELF_CHECK', ...SCORED_KINDS] as const;
export type PlannedKind = (typeof PLANNED_KINDS)[number];

// Rectification orders (整改单)

/** OPEN → RESPONDED → ACCEPTED (closed); RESPONDED ↘ REJECTED_BACK → RESPONDED … */
export const RECTIFICATION_STATUSES = ['OPEN', 'RESPONDED', 'REJECTED_BACK', 'ACCEPTED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

// Monthly notices (服务检查通报)

/** A DRAFT is edited by the supervisor; once PUBLISHED the notice is read-only. */
export const NOTICE_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** 典型案例: GOOD cases are examples to follow, BAD ones what to avoid. */
export const CASE_TONES = ['GOOD', 'BAD'] as const;
export type CaseTone = (typeof CASE_TONES)[number];

// Queue warnings (排队预警)

/** Who reported a reading: the duty manager by hand, or a queue-ticket machine. */
export const QUEUE_SOURCES = ['manual', 'machine'] as const;
export type QueueSource = (typeof QUEUE_SOURCES)[number];

/** 0 正常, 1 一级预警, 2 二级预警. */
export const QUEUE_WARNING_LEVELS = [0, 1, 2] as const;
export type QueueWarningLevel = (typeof QUEUE_WARNING_LEVELS)[number];
