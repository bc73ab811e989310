// Texts of the halls list (营业厅), under `inspection.halls`.
export const zhCN = {
  halls: {
    menu: '营业厅',
    title: '营业厅',
    description: '您权限范围内的营业厅，点击一行查看详情',
    filters: {
      q: '名称/编码',
      qPlaceholder: '输入营业厅名称或编码',
      district: '所属区县',
    },
    columns: {
      code: '编码',
      name: '名称',
      district: '所属区县',
      address: '地址',
      staffCount: '员工数',
      status: '状态',
    },
    status: {
      active: '营业中',
      inactive: '已停用',
    },
    empty: {
      filtered: '没有符合条件的营业厅',
      filteredHint: '可以调整名称、编码或区县后重新查询',
      none: '您的权限范围内没有营业厅',
      noneHint: '如需查看其他营业厅，请联系系统管理员调整权限',
    },
    detail: {
      title: '营业厅详情',
      orgPath: '所属组织',
      childCount: '下级组织数',
    },
  },
};

export const en: typeof zhCN = {
  halls: {
    menu: 'Business halls',
    title: 'Business halls',
    description: 'Business halls within your scope. Click a row for details.',
    filters: {
      q: 'Name/code',
      qPlaceholder: 'Hall name or code',
      district: 'District',
    },
    columns: {
      code: 'Code',
      name: 'Name',
      district: 'District',
      address: 'Address',
      staffCount: 'Staff',
      status: 'Status',
    },
    status: {
      active: 'Open',
      inactive: 'Deactivated',
    },
    empty: {
      filtered: 'No business hall matches',
      filteredHint: 'Change the name, code or district and search again.',
      none: 'There is no business hall within your scope',
      noneHint: 'Ask the system administrator if you need to see other halls.',
    },
    detail: {
      title: 'Business hall',
      orgPath: 'Organisation',
      childCount: 'Sub-units',
    },
  },
};
