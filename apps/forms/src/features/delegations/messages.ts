// Texts of 我的代理 (delegation while away), under `forms.delegations`.
export const zhCN = {
  delegations: {
    menu: '我的代理',
    title: '我的代理',
    description: '外出期间指定代理人：在时间范围内，代理人可以代您处理审批，记录为“代您审批”',
    deputy: '代理人',
    window: '代理时间',
    from: '开始',
    to: '结束',
    add: '指定代理人',
    added: '已指定 {name} 为代理人',
    end: '结束代理',
    confirmEnd: '结束 {name} 的代理？结束后对方不能再代您审批。',
    ended: '代理已结束',
    active: '生效中',
    upcoming: '未开始',
    none: '没有生效或即将生效的代理',
    incomplete: '请选择代理人和代理时间',
  },
};

export const en: typeof zhCN = {
  delegations: {
    menu: 'My deputies',
    title: 'My deputies',
    description:
      'Name a deputy while you are away: inside the window they act on your approvals, recorded as acting for you',
    deputy: 'Deputy',
    window: 'Window',
    from: 'From',
    to: 'To',
    add: 'Name a deputy',
    added: '{name} is your deputy',
    end: 'End',
    confirmEnd: "End {name}'s delegation? They can no longer act on your approvals.",
    ended: 'The delegation has ended',
    active: 'Active',
    upcoming: 'Not started',
    none: 'No delegation is active or coming',
    incomplete: 'Choose a deputy and a window',
  },
};
