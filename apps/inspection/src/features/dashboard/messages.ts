// Texts of the supervision dashboard (看板), under `inspection.dashboard`.
import { PLAN_STATUS_LABELS_ZH } from '@duda/contract-inspection';

export const zhCN = {
  dashboard: {
    menu: '督导看板',
    title: '督导看板',
    description: '{scope} · {month}',
    month: '统计月份',
    scope: '统计范围',
    scopePlaceholder: '默认：我的管辖范围',
    kpis: {
      inspections: '检查次数',
      averageScore: '平均得分',
      passRate: '达标率',
      rectificationRate: '整改率',
      overdue: '超期整改单',
      planRate: '计划完成率',
    },
    trend: {
      title: '近六个月得分趋势',
      averageScore: '平均得分',
      passRate: '达标率(%)',
    },
    ranking: {
      halls: '营业厅排名',
      districts: '区县排名',
      score: '平均得分',
      rank: '名次',
      name: '营业厅',
      inspections: '检查次数',
      vetoed: '一票否决',
      unranked: '未检查',
    },
    shortStaves: {
      title: '短板问题（问题率最高的检查项）',
      failureRate: '问题率(%)',
      hint: '{failed}/{inspected} 次检查发现问题，涉及 {halls} 个营业厅',
    },
    rectification: {
      title: '整改闭环',
      issued: '本月下发',
      closed: '已闭环',
      rate: '整改率',
      overdue: '超期未整改',
      overdueList: '超期整改单',
      noOverdue: '没有超期的整改单',
      viewAll: '查看全部整改单',
      deadline: '期限 {date}',
    },
    plans: {
      title: '检查计划进度',
      progress: '已完成 {done} / 计划 {planned}',
      // The plan's own word for issued (已下发), as on the plans page.
      none: `本月没有${PLAN_STATUS_LABELS_ZH.PUBLISHED}的检查计划`,
    },
    empty: {
      title: '本月还没有检查数据',
      description: '检查提交后这里会显示得分、排名和短板；也可以切换到上个月查看',
    },
    ownChecksOnly: {
      title: '本月还没有督导检查',
      description:
        '本月已提交日检、自查 {count} 次。它们是营业厅的自我检查，不计入这里的得分、排名和短板，记录在“检查记录”中。',
      link: '查看本月的日检记录',
    },
  },
};

export const en: typeof zhCN = {
  dashboard: {
    menu: 'Dashboard',
    title: 'Supervision dashboard',
    description: '{scope} · {month}',
    month: 'Month',
    scope: 'Scope',
    scopePlaceholder: 'Default: everything I supervise',
    kpis: {
      inspections: 'Inspections',
      averageScore: 'Average score',
      passRate: 'Pass rate',
      rectificationRate: 'Rectification rate',
      overdue: 'Overdue orders',
      planRate: 'Plan completion',
    },
    trend: {
      title: 'Score trend, last six months',
      averageScore: 'Average score',
      passRate: 'Pass rate (%)',
    },
    ranking: {
      halls: 'Hall ranking',
      districts: 'District ranking',
      score: 'Average score',
      rank: 'Rank',
      name: 'Business hall',
      inspections: 'Inspections',
      vetoed: 'Vetoed',
      unranked: 'Not inspected',
    },
    shortStaves: {
      title: 'Short staves (items failing most often)',
      failureRate: 'Failure rate (%)',
      hint: 'Problem in {failed} of {inspected} inspections, {halls} hall(s)',
    },
    rectification: {
      title: 'Rectification loop',
      issued: 'Issued this month',
      closed: 'Closed',
      rate: 'Rectification rate',
      overdue: 'Overdue',
      overdueList: 'Overdue orders',
      noOverdue: 'No overdue orders',
      viewAll: 'All rectification orders',
      deadline: 'due {date}',
    },
    plans: {
      title: 'Inspection plan progress',
      progress: '{done} of {planned} done',
      none: 'No issued inspection plan this month',
    },
    empty: {
      title: 'No inspection data for this month yet',
      description:
        'Scores, rankings and short staves appear once inspections are submitted; try the previous month.',
    },
    ownChecksOnly: {
      title: 'No supervisor inspection this month yet',
      description:
        '{count} daily or self-checks were submitted this month. They are the hall checking itself: not counted in the scores, rankings or short staves here, but kept under Inspections.',
      link: "This month's daily checks",
    },
  },
};
