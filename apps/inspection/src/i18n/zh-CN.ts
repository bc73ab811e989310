// The remote's texts, under `inspection.` so they never collide with the shell's or another remote's.
const zhCN = {
  inspection: {
    title: '服务检查',
    menu: {
      group: '服务检查',
      halls: '营业厅',
    },
    halls: {
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
    standalone: {
      title: '服务检查（独立开发模式）',
      loginTitle: '登录后查看服务检查页面',
      username: '用户名/工号',
      password: '密码',
      login: '登录',
      logout: '退出登录',
    },
  },
};

export type InspectionMessages = typeof zhCN;
export default zhCN;
