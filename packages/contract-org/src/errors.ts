// What the org service refuses, as codes with parameters; the portal words them in zh-CN or English.
import { defineErrors, defineTerms } from '@duda/contract-kit';
import { orgFieldLabels } from './field-labels.ts';
import { peopleImportErrors } from './people-import.ts';
import { staffIdErrors } from './staff-ids.ts';

/** Role names (docs/domain.md#roles) for the messages that name a role. */
export const roleTerms = defineTerms('org.role', {
  city_supervisor: { 'zh-CN': '市公司督导', en: 'city supervisor' },
  district_supervisor: { 'zh-CN': '区县督导', en: 'district supervisor' },
  hall_manager: { 'zh-CN': '店面经理', en: 'hall manager' },
  duty_manager: { 'zh-CN': '值班经理', en: 'duty manager' },
  manager_assistant: { 'zh-CN': '店面经理助理', en: 'assistant hall manager' },
  clerk: { 'zh-CN': '营业员', en: 'clerk' },
  trainer: { 'zh-CN': '培训管理员', en: 'training administrator' },
  hr: { 'zh-CN': '人力资源', en: 'HR officer' },
  leader: { 'zh-CN': '主管领导', en: 'executive' },
  admin: { 'zh-CN': '系统管理员', en: 'system administrator' },
});

/** Org levels, for the messages that name one. */
export const orgLevelTerms = defineTerms('org.level', {
  province: { 'zh-CN': '省公司', en: 'a provincial company' },
  city: { 'zh-CN': '市公司', en: 'a city company' },
  district: { 'zh-CN': '区县公司', en: 'a district company' },
  hall: { 'zh-CN': '营业厅', en: 'a business hall' },
});

export const orgErrors = defineErrors('org', {
  // 登录 login
  usernameRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请输入用户名或工号',
    en: 'Enter your username or staff ID.',
  },
  passwordRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请输入密码', en: 'Enter your password.' },
  wrongCredentials: { kind: 'UNAUTHORIZED', 'zh-CN': '用户名或密码错误', en: 'Wrong username or password.' },
  // One answer for a wrong password and an unknown name, and the same pause for both after repeated
  // failures, so the login form never tells which names exist (ADR 0011).
  loginPaused: {
    kind: 'TOO_MANY_REQUESTS',
    'zh-CN':
      '登录失败次数过多，此账号在新设备上的登录已暂停，请 {minutes} 分钟后再试；在以前登录过此账号的设备上仍可登录',
    en: 'Too many failed logins. Signing in to this account from new devices is paused; try again in {minutes} minutes. Devices that have signed in to it before can still sign in.',
  },
  devicePaused: {
    kind: 'TOO_MANY_REQUESTS',
    'zh-CN': '此设备登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed logins on this device. Try again in {minutes} minutes.',
  },
  accountDisabled: {
    kind: 'FORBIDDEN',
    'zh-CN': '该账号已停用，请联系系统管理员',
    en: 'This account has been disabled. Please contact the system administrator.',
  },
  personOfAccountMissing: {
    kind: 'NOT_FOUND',
    'zh-CN': '账号对应的员工不存在',
    en: 'No staff member belongs to this account.',
  },

  // 密码 password
  currentPasswordWrong: {
    kind: 'BAD_REQUEST',
    'zh-CN': '当前密码不正确',
    en: 'The current password is not correct.',
  },
  newPasswordUnchanged: {
    kind: 'BAD_REQUEST',
    'zh-CN': '新密码不能与当前密码相同',
    en: 'The new password must be different from the current one.',
  },
  passwordTooShort: {
    kind: 'BAD_REQUEST',
    'zh-CN': '密码至少需要 {minimum} 位',
    en: 'The password needs at least {minimum} characters.',
  },
  passwordTooLong: {
    kind: 'BAD_REQUEST',
    'zh-CN': '密码不能超过 {maximum} 位',
    en: 'The password must not be longer than {maximum} characters.',
  },
  passwordNeedsLettersAndDigits: {
    kind: 'BAD_REQUEST',
    'zh-CN': '密码需要同时包含字母和数字',
    en: 'The password needs both letters and digits.',
  },
  passwordContainsIdentity: {
    kind: 'BAD_REQUEST',
    'zh-CN': '密码不能包含工号或用户名',
    en: 'The password must not contain your staff ID or username.',
  },
  noAccount: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该员工还没有登录账号',
    en: 'This staff member has no login account yet.',
  },

  // 人员 people
  personNotFound: { kind: 'NOT_FOUND', 'zh-CN': '员工不存在', en: 'The staff member does not exist.' },
  staffNoTaken: {
    kind: 'CONFLICT',
    'zh-CN': '工号 {staffNo} 已被使用',
    en: 'Staff ID {staffNo} is already in use.',
  },
  staffNoFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '应为 4–20 位字母或数字',
    en: 'Must be 4–20 letters or digits.',
  },
  phoneFormat: { kind: 'BAD_REQUEST', 'zh-CN': '请输入 11 位手机号', en: 'Enter an 11-digit mobile number.' },
  roleAtWrongLevel: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{role}只能分配在{level}',
    en: 'The role of {role} can only be assigned at {level}.',
  },
  roleAlreadyHeld: {
    kind: 'CONFLICT',
    'zh-CN': '{person}已经是{org}的{role}',
    en: '{person} is already {role} of {org}.',
  },
  roleAssignmentNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '该角色分配不存在',
    en: 'This role assignment does not exist.',
  },
  cannotDisableSelf: {
    kind: 'BAD_REQUEST',
    'zh-CN': '不能停用自己的账号',
    en: 'You cannot disable your own account.',
  },
  cannotRevokeOwnAdmin: {
    kind: 'BAD_REQUEST',
    'zh-CN': '不能撤销自己的系统管理员角色',
    en: 'You cannot revoke your own system administrator role.',
  },
  readPersonDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该员工',
    en: 'You may not view this staff member.',
  },
  addPersonDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权在该组织下新增员工',
    en: 'You may not add staff to this organisation.',
  },
  assignRoleDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权在该组织分配角色',
    en: 'You may not assign roles in this organisation.',
  },
  editPersonDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权修改该员工',
    en: 'You may not change this staff member.',
  },
  transferPersonDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权把员工调入该组织',
    en: 'You may not transfer staff into this organisation.',
  },
  revokeRoleDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权撤销该角色', en: 'You may not revoke this role.' },
  resetPasswordDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权重置该员工的密码',
    en: "You may not reset this staff member's password.",
  },
  sessionsDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看或结束该员工的登录会话',
    en: "You may not see or end this staff member's sessions.",
  },

  // 组织 org tree
  orgNotFound: { kind: 'NOT_FOUND', 'zh-CN': '组织不存在', en: 'The organisation does not exist.' },
  selectedOrgMissing: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选组织不存在',
    en: 'The selected organisation does not exist.',
  },
  orgInactiveForStaff: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{org}已停用，不能再分配人员或角色',
    en: '{org} is deactivated; no staff or roles can be assigned to it.',
  },
  orgInactiveForChildren: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{org}已停用，不能新增下级组织',
    en: '{org} is deactivated; no sub-organisation can be added to it.',
  },
  orgInactive: { kind: 'BAD_REQUEST', 'zh-CN': '{org}已停用', en: '{org} is deactivated.' },
  orgCodeTaken: {
    kind: 'CONFLICT',
    'zh-CN': '组织编码 {code} 已存在',
    en: 'Organisation code {code} already exists.',
  },
  orgCodeFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '应为 2–30 位大写字母、数字或连字符',
    en: 'Must be 2–30 capital letters, digits or hyphens.',
  },
  alreadyUnderParent: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该组织已经在目标上级组织下',
    en: 'The organisation is already under that parent.',
  },
  deactivateChildrenFirst: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请先停用{org}下的 {count} 个下级组织',
    en: 'First deactivate the {count} sub-organisations of {org}.',
  },
  moveStaffOutFirst: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{org}还有 {count} 名在职员工，请先调出',
    en: '{org} still has {count} active staff; transfer them out first.',
  },
  activateParentFirst: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请先启用上级组织{org}',
    en: 'First reactivate the parent organisation {org}.',
  },
  rootMustBeProvince: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只有省公司可以作为组织树的根节点',
    en: 'Only a provincial company can be the root of the org tree.',
  },
  parentLevelTooLow: {
    kind: 'BAD_REQUEST',
    'zh-CN': '上级组织的层级必须高于当前组织（省公司 → 市公司 → 区县公司 → 营业厅）',
    en: 'The parent must be at a higher level than the organisation (province → city → district → hall).',
  },
  moveIntoOwnSubtree: {
    kind: 'BAD_REQUEST',
    'zh-CN': '不能把组织移动到它自己或它的下级组织下面',
    en: 'An organisation cannot be moved under itself or one of its sub-organisations.',
  },
  readOrgDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该组织',
    en: 'You may not view this organisation.',
  },
  addChildOrgDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权在该组织下新增下级组织',
    en: 'You may not add sub-organisations here.',
  },
  editOrgDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权修改该组织',
    en: 'You may not change this organisation.',
  },
  moveOrgDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权移动该组织',
    en: 'You may not move this organisation.',
  },
  moveIntoParentDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权把组织移入目标上级组织',
    en: 'You may not move organisations under that parent.',
  },
  activateOrgDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权停用或启用该组织',
    en: 'You may not deactivate or reactivate this organisation.',
  },
});

/** What a client registers to word the org service's errors. */
export const orgCatalogs = [
  orgErrors.catalog,
  peopleImportErrors.catalog,
  staffIdErrors.catalog,
  roleTerms.catalog,
  orgLevelTerms.catalog,
  ...orgFieldLabels,
];
