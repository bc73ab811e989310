// The remote's texts, under `inspection.` so they never collide with the shell's or another remote's.
const zhCN = {
  inspection: {
    menu: {
      group: '服务检查',
    },
    // The kinds of inspection (检查类型), used by plans, inspections and every list that shows them.
    kinds: {
      DAILY: '日检',
      SELF_CHECK: '营业厅自查',
      MONTHLY_VISIT: '月度明查',
      CROSS: '交叉巡检',
      MYSTERY: '神秘客户暗访',
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
