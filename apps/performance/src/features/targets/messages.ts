// Texts of the targets (指标分解 and 签收), under `performance.targets`.
export const zhCN = {
  targets: {
    menu: '我的考核指标',
    title: '我的考核指标',
    description: '本月考核您的指标、权重和目标值。请在月初确认签收。',
    month: '月份',
    scheme: '考核方案：{name}（{month} 起）',
    columns: {
      kpi: '指标',
      definition: '定义',
      source: '数据来源',
      weight: '权重',
      target: '目标值',
      direction: '方向',
    },
    acknowledge: '确认签收',
    acknowledged: '已于 {at} 签收',
    acknowledgedNow: '已签收',
    confirm: '确认已阅读并签收 {month} 的考核指标和目标值吗？',
    allocate: {
      menu: '指标分解',
      title: '指标分解',
      description:
        '把本月方案中指标的目标值分解到下级单位（市 → 区县 → 营业厅）。未分解的沿用上级或指标库的目标值。',
      month: '月份',
      kpi: '指标',
      subject: '分解到',
      target: '目标值',
      save: '保存目标值',
      saved: '目标值已保存',
      columns: { subject: '单位或人员', kpi: '指标', target: '目标值', updatedAt: '更新时间' },
      none: '本月还没有分解的目标值',
      noneHint: '选择指标和下级单位，填写目标值后保存',
    },
  },
};

export const en: typeof zhCN = {
  targets: {
    menu: 'My targets',
    title: 'My targets',
    description:
      'The KPIs, weights and targets you are measured on this month. Acknowledge them at the start of the month.',
    month: 'Month',
    scheme: 'Scheme: {name} (from {month})',
    columns: {
      kpi: 'KPI',
      definition: 'Definition',
      source: 'Source',
      weight: 'Weight',
      target: 'Target',
      direction: 'Direction',
    },
    acknowledge: 'Acknowledge',
    acknowledged: 'Acknowledged on {at}',
    acknowledgedNow: 'Acknowledged',
    confirm: 'Have you read the KPIs and targets of {month}, and do you acknowledge them?',
    allocate: {
      menu: 'Target allocation',
      title: 'Target allocation',
      description:
        "Allocate the targets of this month's scheme KPIs to the units below (city → district → hall). Without an allocation, the level above's or the library's target applies.",
      month: 'Month',
      kpi: 'KPI',
      subject: 'Allocate to',
      target: 'Target',
      save: 'Save target',
      saved: 'Target saved',
      columns: { subject: 'Unit or person', kpi: 'KPI', target: 'Target', updatedAt: 'Updated' },
      none: 'No target allocated this month yet',
      noneHint: 'Pick a KPI and a unit below, enter the target and save',
    },
  },
};
