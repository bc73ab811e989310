// The administrator's inputs labelled as the admin screens label them, so a refusal names the field
// (工号：最多 20 个字…) rather than its wire path (输入有误：staffNo; contract-kit's `defineFieldLabels`).
import { defineFieldLabels } from '@duda/contract-kit';

const person = {
  staffNo: { 'zh-CN': '工号', en: 'Staff no.' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  phone: { 'zh-CN': '手机号', en: 'Mobile' },
  orgNodeId: { 'zh-CN': '所属单位', en: 'Unit' },
  position: { 'zh-CN': '岗位', en: 'Position' },
  hireDate: { 'zh-CN': '入职日期', en: 'Hire date' },
  initialPassword: { 'zh-CN': '初始密码', en: 'Initial password' },
  'roles.*.role': { 'zh-CN': '角色', en: 'Role' },
  'roles.*.orgNodeId': { 'zh-CN': '角色所在单位', en: 'Unit of the role' },
};
const node = {
  code: { 'zh-CN': '单位编码', en: 'Unit code' },
  name: { 'zh-CN': '单位名称', en: 'Unit name' },
  level: { 'zh-CN': '层级', en: 'Level' },
  address: { 'zh-CN': '地址', en: 'Address' },
};
const reason = { 'zh-CN': '原因', en: 'Reason' };

export const orgFieldLabels = [
  defineFieldLabels('org.admin.createPerson', person),
  defineFieldLabels('org.admin.updatePerson', person),
  defineFieldLabels('org.admin.createNode', node),
  defineFieldLabels('org.admin.updateNode', node),
  defineFieldLabels('org.staffIds.issue', {
    system: { 'zh-CN': '业务系统', en: 'System' },
    loginId: { 'zh-CN': '业务工号', en: 'System login' },
    personId: { 'zh-CN': '人员', en: 'Person' },
    issuedAt: { 'zh-CN': '启用时间', en: 'Issued at' },
  }),
  defineFieldLabels('org.staffIds.suspend', { reason }),
  defineFieldLabels('org.staffIds.revoke', { reason }),
];
