// The remote's texts, under `inspection.` so they never collide with the shell's or another remote's.
const zhCN = {
  inspection: {
    title: '服务检查',
    menu: {
      group: '服务检查',
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
