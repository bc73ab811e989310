// The standalone bootstrap's own texts; `{module}` is the remote's title in the same language.
export const standaloneMessages = {
  'zh-CN': {
    standalone: {
      title: '{module}（独立开发模式）',
      loginTitle: '登录后查看{module}页面',
      username: '用户名/工号',
      password: '密码',
      login: '登录',
      logout: '退出登录',
    },
  },
  en: {
    standalone: {
      title: '{module} (standalone development)',
      loginTitle: 'Log in to see the {module} pages',
      username: 'Username/staff ID',
      password: 'Password',
      login: 'Log in',
      logout: 'Log out',
    },
  },
};
