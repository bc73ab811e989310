// The roles of docs/domain.md#roles. A person holds one or more, each bound to an org node.

export const ROLES = [
  'city_supervisor',
  'district_supervisor',
  'hall_manager',
  'duty_manager',
  'manager_assistant',
  'clerk',
  'trainer',
  'hr',
  'leader',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Chinese labels as the business calls them; the UI shows these. */
export const ROLE_LABELS: Record<Role, string> = {
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
};

export const ORG_LEVELS = ['province', 'city', 'district', 'hall'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  province: '省公司',
  city: '市公司',
  district: '区县公司',
  hall: '营业厅',
};

/** The org level a role is normally bound to; `null` means any level (docs/domain.md#roles). */
export const ROLE_LEVEL: Record<Role, OrgLevel | null> = {
  city_supervisor: 'city',
  district_supervisor: 'district',
  hall_manager: 'hall',
  duty_manager: 'hall',
  manager_assistant: 'hall',
  clerk: 'hall',
  trainer: 'city',
  hr: 'city',
  leader: null,
  admin: null,
};
