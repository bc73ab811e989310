// Texts every admin page uses, under `admin.`: the group's name, role and status names, and how the audit log
// names its actions and objects (an org node's history words them the same way).
export const zhCN = {
  group: '系统管理',
  roles: {
    city_supervisor: '市公司督导',
    district_supervisor: '区县督导',
    hall_manager: '店面经理',
    duty_manager: '值班经理',
    manager_assistant: '店面经理助理',
    clerk: '营业员',
    trainer: '培训管理员',
    hr: '人力资源',
    leader: '主管领导',
    admin: '系统管理员',
  },
  staffStatus: { active: '在职', on_leave: '休假', left: '离职' },
  auditActions: {
    person: { create: '新增人员', update: '修改人员', status: '变更在职状态', import: '批量导入人员' },
    role: { assign: '授予角色', revoke: '撤销角色' },
    account: {
      resetPassword: '重置密码',
      revokeSessions: '结束登录会话',
      login: '登录',
      loginFailed: '登录失败',
      locked: '账号锁定',
    },
    org: {
      create: '新建单位',
      update: '修改单位',
      move: '调整上级',
      activate: '启用单位',
      deactivate: '停用单位',
    },
    staffId: { issue: '发放工号', suspend: '暂停工号', restore: '恢复工号', revoke: '注销工号' },
  },
  entityTypes: {
    Person: '人员',
    Account: '账号',
    RoleAssignment: '角色授权',
    OrgNode: '组织单位',
    StaffSystemId: '业务工号',
  },
};

export const en: typeof zhCN = {
  group: 'Administration',
  roles: {
    city_supervisor: 'City supervisor',
    district_supervisor: 'District supervisor',
    hall_manager: 'Hall manager',
    duty_manager: 'Duty manager',
    manager_assistant: 'Assistant hall manager',
    clerk: 'Clerk',
    trainer: 'Training administrator',
    hr: 'HR officer',
    leader: 'Executive',
    admin: 'System administrator',
  },
  staffStatus: { active: 'Active', on_leave: 'On leave', left: 'Left' },
  auditActions: {
    person: {
      create: 'Person added',
      update: 'Person edited',
      status: 'Status changed',
      import: 'People imported',
    },
    role: { assign: 'Role given', revoke: 'Role revoked' },
    account: {
      resetPassword: 'Password reset',
      revokeSessions: 'Sessions ended',
      login: 'Signed in',
      loginFailed: 'Sign-in failed',
      locked: 'Account locked',
    },
    org: {
      create: 'Unit created',
      update: 'Unit edited',
      move: 'Unit moved',
      activate: 'Unit re-activated',
      deactivate: 'Unit deactivated',
    },
    staffId: {
      issue: 'Staff ID issued',
      suspend: 'Staff ID suspended',
      restore: 'Staff ID restored',
      revoke: 'Staff ID revoked',
    },
  },
  entityTypes: {
    Person: 'Person',
    Account: 'Login',
    RoleAssignment: 'Role',
    OrgNode: 'Org unit',
    StaffSystemId: 'Staff ID',
  },
};
