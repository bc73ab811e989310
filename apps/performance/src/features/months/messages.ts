// Texts of the month page (月度绩效), under `performance.months`; the run's statuses, stages, sources and triggers
// come from the contract's terms.
import {
  MONTH_RUN_SOURCES,
  MONTH_RUN_STAGES,
  MONTH_RUN_STATUSES,
  MONTH_RUN_TRIGGERS,
  monthRunSourceTerms,
  monthRunStageTerms,
  monthRunStatusTerms,
  monthRunTriggerTerms,
} from '@duda/contract-performance';

const termsIn = (locale: 'zh-CN' | 'en') => {
  const words = <K extends string>(
    area: string,
    keys: readonly K[],
    catalog: Record<string, { 'zh-CN': string; en: string }>,
  ) =>
    Object.fromEntries(keys.map((key) => [key, catalog[`performance.${area}.${key}`]![locale]])) as Record<
      K,
      string
    >;
  return {
    monthRunStatus: words('monthRunStatus', MONTH_RUN_STATUSES, monthRunStatusTerms.catalog),
    monthRunStage: words('monthRunStage', MONTH_RUN_STAGES, monthRunStageTerms.catalog),
    monthRunSource: words('monthRunSource', MONTH_RUN_SOURCES, monthRunSourceTerms.catalog),
    monthRunTrigger: words('monthRunTrigger', MONTH_RUN_TRIGGERS, monthRunTriggerTerms.catalog),
  };
};
export const zhCN = {
  ...termsIn('zh-CN'),
  months: {
    menu: '月度绩效',
    exportMenu: '绩效结果导出',
    title: '月度绩效',
    description:
      '计算本月考核表（从服务检查、培训考试等取数，可看到每一步的进度），查看评价进度和等级分布，签发后供人力资源导出。',
    month: '月份',
    status: { OPEN: '进行中', SIGNED_OFF: '已签发' },
    lastRunAt: '最近计算：{at}',
    neverRun: '本月尚未计算',
    signedOff: '{name} 于 {at} 签发',
    run: '计算本月绩效',
    rerun: '重新计算',
    runningButton: '正在计算…',
    runAgain: '重新运行',
    alreadyRunning: '本月已有一次计算在排队或运行中，下面显示的就是它，无需再次运行',
    queued: '已排队，马上开始',
    sourcesPulled: '已取 {done}/{total} 项{waiting}',
    sourcesWaiting: '，正在取：{names}',
    nameSeparator: '、',
    written: '已保存 {written}/{total} 份',
    succeeded: '完成：已计算 {count} 份考核表，用时 {seconds} 秒',
    seconds: '{seconds} 秒',
    runs: { when: '开始时间', by: '发起人', took: '用时', outcome: '结果', scorecards: '{count} 份考核表' },
    ran: '已计算 {count} 份考核表',
    progress: '评价进度',
    counts: {
      total: '考核表',
      computed: '待自评',
      selfAssessed: '待上级评价',
      assessed: '已评价',
    },
    distribution: '等级分布',
    distributionCounts:
      '优秀 {excellent} 人（上限 {excellentAllowed} 人），不合格 {fail} 人（至少 {failRequired} 人）',
    guideline: '分布指引：优秀不超过 {excellentMax}%，不合格不少于 {failMin}%',
    withinGuideline: '符合分布指引',
    outsideGuideline: '不符合分布指引',
    bands: '等级分数线：优秀 ≥ {excellent}，良好 ≥ {good}，合格 ≥ {pass}',
    signOff: '签发本月',
    signOffConfirm: '签发后 {month} 的考核结果不能再修改（更正须在以后月份以加减分记录）。确定签发吗？',
    signedNow: '{month} 已签发',
    exportXlsx: '导出 Excel',
    exportCsv: '导出 CSV',
    openList: '查看考核表',
  },
};

export const en: typeof zhCN = {
  ...termsIn('en'),
  months: {
    menu: 'Monthly results',
    exportMenu: 'Results export',
    title: 'Monthly results',
    description:
      "Compute the month's scorecards (pulling from inspection and training), follow the assessments and the grade distribution, and sign the month off for HR's export.",
    month: 'Month',
    status: { OPEN: 'Open', SIGNED_OFF: 'Signed off' },
    lastRunAt: 'Last computed {at}',
    neverRun: 'Not computed yet',
    signedOff: 'Signed off by {name} on {at}',
    run: 'Compute the month',
    rerun: 'Compute again',
    runningButton: 'Computing…',
    runAgain: 'Run again',
    alreadyRunning: 'A run of this month is already queued or running; it is the one shown below.',
    queued: 'Queued; starting shortly',
    sourcesPulled: '{done} of {total} in{waiting}',
    sourcesWaiting: '; asking: {names}',
    nameSeparator: ', ',
    written: '{written} of {total} saved',
    succeeded: 'Done: {count} scorecards computed in {seconds} s',
    seconds: '{seconds} s',
    runs: { when: 'Started', by: 'By', took: 'Took', outcome: 'Outcome', scorecards: '{count} scorecards' },
    ran: '{count} scorecards computed',
    progress: 'Assessment progress',
    counts: {
      total: 'Scorecards',
      computed: 'Awaiting self-assessment',
      selfAssessed: 'Awaiting the superior',
      assessed: 'Assessed',
    },
    distribution: 'Grade distribution',
    distributionCounts:
      '{excellent} excellent (at most {excellentAllowed}), {fail} fail (at least {failRequired})',
    guideline: 'Guideline: at most {excellentMax}% excellent, at least {failMin}% fail',
    withinGuideline: 'Within the guideline',
    outsideGuideline: 'Outside the guideline',
    bands: 'Grade bands: excellent ≥ {excellent}, good ≥ {good}, pass ≥ {pass}',
    signOff: 'Sign off the month',
    signOffConfirm:
      'Once signed off, the results of {month} cannot change (a correction is an adjustment in a later month). Sign off?',
    signedNow: '{month} signed off',
    exportXlsx: 'Export Excel',
    exportCsv: 'Export CSV',
    openList: 'Open the scorecards',
  },
};
