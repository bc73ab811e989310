// Texts of the drill pages (应急演练), under `operations.drills`; statuses and ratings from the contract.
import { DRILL_RATING_LABELS, DRILL_STATUS_LABELS } from '@duda/contract-operations';

const words = (labels: Record<string, { 'zh-CN': string; en: string }>, locale: 'zh-CN' | 'en') =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, label[locale]]));

export const zhCN = {
  drills: {
    menu: '应急演练',
    title: '应急演练',
    description: '各营业厅的演练安排、用时与评估（存在问题、改进措施）',
    filters: { status: '状态', all: '全部' },
    columns: {
      orgName: '营业厅',
      plan: '预案',
      dueOn: '计划日期',
      status: '状态',
      minutes: '用时（分钟）',
      rating: '评估结果',
    },
    status: words(DRILL_STATUS_LABELS, 'zh-CN'),
    rating: words(DRILL_RATING_LABELS, 'zh-CN'),
    overdue: '已逾期',
    empty: {
      filtered: '没有符合条件的演练',
      filteredHint: '可以调整筛选条件后重新查询',
      none: '还没有演练',
      noneHint: '在应急预案中按演练模式启动',
    },
    detail: {
      checklist: '查看处置清单',
      started: '开始时间',
      closed: '结束时间',
      evaluation: '演练评估',
      findings: '存在问题',
      actions: '改进措施',
      evaluatedBy: '{name} 于 {at} 评估',
      evaluate: '提交评估',
      done: '评估已保存',
    },
    schedule: { plan: '预案', dueOn: '演练日期', submit: '安排演练', done: '演练已安排' },
    figures: {
      menu: '演练统计',
      title: '演练统计',
      description: '各营业厅全年的演练次数、评估结果与平均用时',
      year: '年度',
      columns: {
        orgName: '营业厅',
        scheduled: '安排',
        held: '已完成',
        evaluated: '已评估',
        overdue: '逾期未演练',
        good: '优秀',
        pass: '合格',
        fail: '不合格',
        meanMinutes: '平均用时（分钟）',
      },
      empty: '该年度没有演练',
    },
  },
};

export const en: typeof zhCN = {
  drills: {
    menu: 'Drills',
    title: 'Drills',
    description:
      "Each hall's drills: when, how long they took, and their evaluation (what went wrong, the actions)",
    filters: { status: 'Status', all: 'All' },
    columns: {
      orgName: 'Hall',
      plan: 'Plan',
      dueOn: 'Planned for',
      status: 'Status',
      minutes: 'Minutes',
      rating: 'Rating',
    },
    status: words(DRILL_STATUS_LABELS, 'en'),
    rating: words(DRILL_RATING_LABELS, 'en'),
    overdue: 'Overdue',
    empty: {
      filtered: 'No drills match',
      filteredHint: 'Change the filters and search again',
      none: 'No drills yet',
      noneHint: 'Start a plan as a drill',
    },
    detail: {
      checklist: 'Open the checklist',
      started: 'Started',
      closed: 'Finished',
      evaluation: 'Evaluation',
      findings: 'What went wrong',
      actions: 'Actions',
      evaluatedBy: 'Evaluated by {name} at {at}',
      evaluate: 'Save the evaluation',
      done: 'Evaluation saved',
    },
    schedule: { plan: 'Plan', dueOn: 'Day', submit: 'Schedule a drill', done: 'Drill scheduled' },
    figures: {
      menu: 'Drill figures',
      title: 'Drill figures',
      description: "Each hall's drills in a year: how many, their ratings and the mean time",
      year: 'Year',
      columns: {
        orgName: 'Hall',
        scheduled: 'Scheduled',
        held: 'Held',
        evaluated: 'Evaluated',
        overdue: 'Overdue',
        good: 'Good',
        pass: 'Pass',
        fail: 'Fail',
        meanMinutes: 'Mean minutes',
      },
      empty: 'No drills in this year',
    },
  },
};
