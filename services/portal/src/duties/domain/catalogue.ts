// The duties of docs/domain.md "Duties" (每日/每周/每月必做) as each city's first templates. A city changes them from
// there (templates.ts); these are only where it starts. Office tiers work Monday to Friday, halls every day.
import type { DutyCadence, DutyEvidenceKind, DutyRole } from '@duda/contract-portal';

export interface DutyDefinition {
  code: string;
  role: DutyRole;
  cadence: DutyCadence;
  title: string;
  target: number;
  dueDay: number | null;
  dueTime: string;
  windowStart: string | null;
  weekdaysOnly: boolean;
  evidence: DutyEvidenceKind | null;
}

/** The day from which the first templates apply: before any period the portal will ever generate. */
export const CATALOGUE_EFFECTIVE_FROM = '2000-01-01';

type Line = [code: string, title: string, due: string, extra?: Partial<DutyDefinition>];

function lines(role: DutyRole, cadence: DutyCadence, weekdaysOnly: boolean, list: Line[]): DutyDefinition[] {
  return list.map(([code, title, due, extra]) => {
    const [day, time] = due.includes(' ') ? due.split(' ') : [null, due];
    return {
      code,
      role,
      cadence,
      title,
      target: 1,
      dueDay: day === null ? null : Number(day),
      dueTime: time!,
      windowStart: null,
      weekdaysOnly: cadence === 'DAILY' && weekdaysOnly,
      evidence: null,
      ...extra,
    };
  });
}

/** Weekly due days are ISO weekdays (5 = Friday); monthly ones days of the month (31 = its last day). */
export const DUTY_CATALOGUE: readonly DutyDefinition[] = [
  ...lines('city_supervisor', 'DAILY', true, [
    ['city.daily.plan', '推进本周工作计划', '18:00'],
    ['city.daily.documents', '学习公司文件并结合本地要求传达', '18:00'],
    ['city.daily.video', '调看营业厅录像，抽查营业员服务', '18:00'],
  ]),
  ...lines('city_supervisor', 'WEEKLY', true, [
    ['city.weekly.summary', '上周工作总结与本周计划', '1 12:00'],
    ['city.weekly.visit', '不打招呼走访营业厅至少一次', '5 18:00', { evidence: 'SUPERVISION_VISIT' }],
    ['city.weekly.interviews', '深度访谈区县督导至少两名', '5 18:00', { target: 2 }],
  ]),
  ...lines('city_supervisor', 'MONTHLY', true, [
    ['city.monthly.plan', '制定本月检查计划', '3 18:00'],
    [
      'city.monthly.visits',
      '月度明查与暗访及数据分析',
      '25 18:00',
      { evidence: 'SUPERVISION_VISIT', target: 2 },
    ],
    ['city.monthly.feedback', '问题反馈营业厅并跟踪整改', '28 18:00'],
    ['city.monthly.competition', '组织服务评比', '28 18:00'],
    ['city.monthly.assessment', '营业厅绩效考核', '28 18:00'],
    ['city.monthly.meeting', '召开服务通报沟通会', '28 18:00'],
    ['city.monthly.report', '向管理层提交月度报告', '31 18:00'],
  ]),
  ...lines('district_supervisor', 'DAILY', true, [
    ['district.daily.qa', '观看多媒体质检系统', '18:00'],
    ['district.daily.visit', '走访营业厅现场辅导，跟进改进措施', '18:00'],
    ['district.daily.reports', '检查营业厅应报事项', '18:00'],
    ['district.daily.worklog', '填写工作日志', '20:00', { evidence: 'WORK_LOG' }],
  ]),
  ...lines('district_supervisor', 'WEEKLY', true, [
    ['district.weekly.review', '回顾上周记录，制定本周检查与培训计划', '1 12:00'],
    ['district.weekly.meeting', '参加营业厅班前或班后会至少一次', '5 18:00'],
    ['district.weekly.interviews', '深度访谈厅级督导至少两名', '5 18:00', { target: 2 }],
  ]),
  ...lines('district_supervisor', 'MONTHLY', true, [
    ['district.monthly.plan', '制定本月检查计划', '3 18:00'],
    ['district.monthly.patrol', '巡检辖区营业厅', '28 18:00', { evidence: 'SUPERVISION_VISIT', target: 3 }],
    ['district.monthly.selfcheck', '组织营业厅自查', '20 18:00'],
    ['district.monthly.shortstaves', '分析短木板并通报', '25 18:00'],
    ['district.monthly.exam', '组织月度笔试', '25 18:00', { evidence: 'EXAM_HELD' }],
    ['district.monthly.performance', '报送绩效数据并访谈厅级督导', '28 18:00'],
    ['district.monthly.meeting', '召开区县服务通报会', '28 18:00'],
    ['district.monthly.summary', '月度总结与下月培训、检查计划', '31 18:00'],
  ]),
  ...lines('hall_manager', 'DAILY', false, [
    ['hall.daily.preshift', '班前三清三检一班会', '09:00', { windowStart: '07:30' }],
    ['hall.daily.checklist', '日检单至少两次', '20:00', { evidence: 'DAILY_CHECK', target: 2 }],
    ['hall.daily.floor', '现场巡场与员工辅导记录', '20:00'],
    ['hall.daily.worklog', '营业厅工作日志', '21:00', { evidence: 'WORK_LOG' }],
    ['hall.daily.closing', '营业后帐款票卡物交接与安全检查', '21:30', { windowStart: '17:00' }],
  ]),
  ...lines('hall_manager', 'WEEKLY', false, [
    ['hall.weekly.roster', '编排下周排班', '5 18:00', { evidence: 'ROSTER' }],
    ['hall.weekly.meeting', '周例会及重点业务培训', '5 18:00', { evidence: 'WEEKLY_MEETING' }],
    ['hall.weekly.targeted', '针对上周薄弱项专项检查', '7 18:00'],
  ]),
  ...lines('hall_manager', 'MONTHLY', false, [
    ['hall.monthly.plan', '营业厅月度计划（表1）', '3 18:00', { evidence: 'MONTHLY_PLAN' }],
    [
      'hall.monthly.inspections',
      '全面检查两次（上、下半月各一次）',
      '28 18:00',
      { evidence: 'SELF_CHECK', target: 2 },
    ],
    ['hall.monthly.meeting', '月度例会与团队活动', '28 18:00', { evidence: 'MONTHLY_MEETING' }],
    ['hall.monthly.growth', '更新员工成长档案', '28 18:00'],
    ['hall.monthly.report', '营业厅月报（表2）', '31 18:00', { evidence: 'MONTHLY_REPORT' }],
    ['hall.monthly.evaluation', '员工评价并公布结果与理由', '31 18:00'],
  ]),
  ...lines('duty_manager', 'DAILY', false, [['duty.daily.floor', '现场管理与客流疏导', '20:00']]),
  ...lines('duty_manager', 'MONTHLY', false, [
    ['duty.monthly.training', '员工培训至少一次', '28 18:00'],
    ['duty.monthly.improvement', '员工薄弱点改进计划', '28 18:00'],
  ]),
  ...lines('manager_assistant', 'MONTHLY', false, [
    ['assistant.monthly.training', '员工培训至少一次', '28 18:00'],
    ['assistant.monthly.improvement', '员工薄弱点改进计划', '28 18:00'],
  ]),
];

/**
 * Which submitted form (its key, 表1…表10; a city's copy keeps the key) is evidence of which duty: counted toward
 * the submitter's task whose period contains the moment it was submitted. Forms no duty asks for give none. 表2 is
 * the portal's own report (MONTHLY_REPORT). 表4 (meeting records) is MEETING_EVIDENCE, by the meeting's type.
 */
export const FORM_EVIDENCE: Readonly<Record<string, DutyEvidenceKind>> = {
  表1: 'MONTHLY_PLAN',
  表3: 'ROSTER',
};

/** The meeting record's form (营业厅会议管理): which meeting it is of is its 会议类型 (the event's meetingType). */
export const MEETING_FORM = '表4';

/**
 * Which meeting recorded in a 表4 (its 会议类型) is evidence of which duty: the hall's weekly meeting (周例会及重点业务
 * 培训) and monthly meeting (月度例会与团队活动), counted toward the duty holders of the hall it was filed for, whoever
 * of them recorded it, in the period containing the moment it was submitted. A daily briefing (晨会/夕会) is not
 * here: the pre-shift routine (三清三检一班会) is three cleanings and three checks besides its briefing, so it stays
 * a tick with its photo.
 */
export const MEETING_EVIDENCE: Readonly<Record<string, DutyEvidenceKind>> = {
  weekly: 'WEEKLY_MEETING',
  monthly: 'MONTHLY_MEETING',
};

/**
 * Which kinds of exam held (training.exam.held) are evidence of the organising unit's exam duty (组织月度笔试):
 * they count for the exam's month, toward the duty holders at the node it was held for and its organiser. A
 * retake (补考) or a practice exam is not the month's exam.
 */
export const EXAM_EVIDENCE: Readonly<Record<string, DutyEvidenceKind>> = {
  DISTRICT_WRITTEN: 'EXAM_HELD',
  CITY_MONTHLY: 'EXAM_HELD',
};
