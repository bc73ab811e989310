// Texts of the audit log page (审计日志), under `admin.audit`; action and object names are in shared/messages.ts.
export const zhCN = {
  audit: {
    menu: '审计日志',
    title: '审计日志',
    description: '您管理范围内人员的每一次管理操作和登录，含修改前后的内容',
    filters: {
      action: '操作',
      entityType: '对象类型',
      entityId: '对象编号',
      actor: '操作人',
      range: '时间',
      from: '开始日期',
      to: '结束日期',
      any: '全部',
    },
    columns: {
      at: '时间',
      actorName: '操作人',
      action: '操作',
      entityType: '对象类型',
      entityId: '对象',
      changes: '变更内容',
      requestId: '请求号',
    },
    empty: {
      filtered: '没有符合条件的记录',
      filteredHint: '可以调整筛选条件后重新查询',
      none: '还没有审计记录',
      noneHint: '管理员的每一次修改和人员的登录都会记录在这里',
    },
    drawer: { title: '审计记录', before: '修改前', after: '修改后', changes: '变更字段', none: '无' },
    exportCapped: '符合条件的记录有 {matched} 条，已导出最新的 {rows} 条；请缩小时间范围后分批导出。',
  },
};

export const en: typeof zhCN = {
  audit: {
    menu: 'Audit log',
    title: 'Audit log',
    description: 'Every admin change and sign-in by people in your scope, with the values before and after',
    filters: {
      action: 'Action',
      entityType: 'Object type',
      entityId: 'Object ID',
      actor: 'By',
      range: 'Time',
      from: 'From',
      to: 'To',
      any: 'All',
    },
    columns: {
      at: 'Time',
      actorName: 'By',
      action: 'Action',
      entityType: 'Object type',
      entityId: 'Object',
      changes: 'Changes',
      requestId: 'Request',
    },
    empty: {
      filtered: 'No entries match',
      filteredHint: 'Change the filters and search again',
      none: 'No audit entries yet',
      noneHint: 'Every admin change and every sign-in is recorded here',
    },
    drawer: {
      title: 'Audit entry',
      before: 'Before',
      after: 'After',
      changes: 'Changed fields',
      none: 'None',
    },
    exportCapped:
      '{matched} entries match; the newest {rows} were exported. Narrow the time range to export the rest in parts.',
  },
};
