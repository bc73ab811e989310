// Texts of the entries list, under `operations.entries`.
export const zhCN = {
  entries: {
    menu: '登记记录',
    title: '登记记录',
    description: '您权限范围内的登记记录',
    filters: { status: '状态', all: '全部' },
    columns: { orgName: '单位', title: '标题', status: '状态', createdAt: '登记时间' },
    status: { OPEN: '进行中', DONE: '已完成' },
    empty: {
      filtered: '没有符合条件的记录',
      filteredHint: '可以调整筛选条件后重新查询',
      none: '还没有登记记录',
      noneHint: '有管理权限的督导可以为所辖单位登记',
    },
  },
};

export const en: typeof zhCN = {
  entries: {
    menu: 'Entries',
    title: 'Entries',
    description: 'Entries within your scope',
    filters: { status: 'Status', all: 'All' },
    columns: { orgName: 'Org unit', title: 'Title', status: 'Status', createdAt: 'Added' },
    status: { OPEN: 'Open', DONE: 'Done' },
    empty: {
      filtered: 'No entries match',
      filteredHint: 'Change the filters and search again',
      none: 'No entries yet',
      noneHint: 'Supervisors who manage an org unit can add entries for it',
    },
  },
};
