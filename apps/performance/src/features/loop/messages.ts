// Texts of the closed-loop board (闭环看板), under `performance.loop`.
export const zhCN = {
  loop: {
    menu: '闭环看板',
    title: '检查—培训—考试—考核闭环',
    description:
      '每个营业厅本月的闭环进度：检查发现的不合格项生成下月（{trainingMonth}）的针对性培训计划，营业厅人员参加计划关联的考核考试（含补考），本月考核表体现检查得分与整改。点击各环节查看依据。',
    month: '月份',
    hall: '营业厅',
    district: '区县',
    summary: '共 {halls} 个营业厅：发现问题 {found}，已培训 {trained}，已考试 {tested}，已考核 {scored}',
    stage: { found: '发现', trained: '培训', tested: '考试', scored: '考核' },
    state: { DONE: '已完成', ACTIVE: '进行中', WAITING: '待开始', CLEAR: '无需处理' },
    detail: {
      found: '{count} 项不合格，已整改 {settled} 项',
      trained: '{count} 场培训',
      tested: '{settled}/{count} 人次通过',
      scored: '{settled}/{count} 份已评价',
    },
    open: '查看',
    emptyTitle: '本月还没有营业厅接受检查',
    emptyDescription:
      '闭环从检查开始：在服务检查中对营业厅开展检查，提交后不合格项会自动生成该厅下月的培训计划草稿，然后在这里跟进培训、考试和考核。',
    toInspections: '去服务检查',
    noHalls: '您没有需要督导的营业厅',
  },
};

export const en: typeof zhCN = {
  loop: {
    menu: 'Closed loop',
    title: 'Inspection → training → exam → scorecard',
    description:
      "Each hall's loop this month: the failed items its inspections found draft the hall's targeted training plan for next month ({trainingMonth}), its people sit the targeted exam the plan links (and its retake), and this month's scorecards show the inspection score and the rectification. Open a stage to see its evidence.",
    month: 'Month',
    hall: 'Hall',
    district: 'District',
    summary: '{halls} halls: problems found {found}, trained {trained}, tested {tested}, scored {scored}',
    stage: { found: 'Found', trained: 'Trained', tested: 'Tested', scored: 'Scored' },
    state: { DONE: 'Done', ACTIVE: 'Under way', WAITING: 'Not started', CLEAR: 'Nothing to do' },
    detail: {
      found: '{count} failed items, {settled} rectified',
      trained: '{count} sessions',
      tested: '{settled}/{count} passed',
      scored: '{settled}/{count} assessed',
    },
    open: 'Open',
    emptyTitle: 'No hall has been inspected this month',
    emptyDescription:
      "The loop starts with an inspection: inspect a hall in Service inspection; once submitted, its failed items draft the hall's training plan for next month, and you follow training, exams and scorecards here.",
    toInspections: 'Go to Service inspection',
    noHalls: 'You supervise no hall',
  },
};
