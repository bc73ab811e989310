// What `forms.approvals.*` refuses, and the words its pages use; apart from approvals.ts so errors.ts can gather
// the catalogs without an import cycle. The engine's refusals (services/forms/src/approvals/domain) are these keys.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const approvalStatusTerms = defineTerms('forms.approvalStatus', {
  IN_PROGRESS: { 'zh-CN': '审批中', en: 'In progress' },
  APPROVED: { 'zh-CN': '已通过', en: 'Approved' },
  REJECTED: { 'zh-CN': '已驳回', en: 'Rejected' },
  RETURNED: { 'zh-CN': '已退回', en: 'Returned' },
  WITHDRAWN: { 'zh-CN': '已撤回', en: 'Withdrawn' },
});

export const approvalTaskStatusTerms = defineTerms('forms.approvalTaskStatus', {
  PENDING: { 'zh-CN': '待审批', en: 'Pending' },
  WAITING: { 'zh-CN': '等待加签人', en: 'Waiting for an added signer' },
  APPROVED: { 'zh-CN': '已同意', en: 'Approved' },
  REJECTED: { 'zh-CN': '已拒绝', en: 'Rejected' },
  RETURNED: { 'zh-CN': '已退回', en: 'Returned' },
  TRANSFERRED: { 'zh-CN': '已转交', en: 'Transferred' },
  ESCALATED: { 'zh-CN': '已超时上报', en: 'Escalated' },
  CANCELLED: { 'zh-CN': '无需处理', en: 'No longer needed' },
});

export const approvalActionTerms = defineTerms('forms.approvalAction', {
  APPROVE: { 'zh-CN': '同意', en: 'Approve' },
  REJECT: { 'zh-CN': '拒绝', en: 'Reject' },
  RETURN: { 'zh-CN': '退回', en: 'Return' },
  TRANSFER: { 'zh-CN': '转交', en: 'Transfer' },
  ADD_SIGNER: { 'zh-CN': '加签', en: 'Add a signer' },
  CC: { 'zh-CN': '抄送', en: 'Copy to' },
  REMIND: { 'zh-CN': '催办', en: 'Remind' },
  SUBMIT: { 'zh-CN': '提交', en: 'Submit' },
  RESUBMIT: { 'zh-CN': '重新提交', en: 'Resubmit' },
  WITHDRAW: { 'zh-CN': '撤回', en: 'Withdraw' },
  ESCALATE: { 'zh-CN': '超时上报', en: 'Escalate' },
});

export const countersignModeTerms = defineTerms('forms.countersignMode', {
  ALL: { 'zh-CN': '会签（须全部同意）', en: 'All must approve' },
  ANY: { 'zh-CN': '或签（一人同意即可）', en: 'Any one approves' },
  RATIO: { 'zh-CN': '按比例通过', en: 'A share must approve' },
});

export const approvalsErrors = defineErrors('forms.approvals', {
  // The flow definition (审批流程)
  stepKeyFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '步骤标识应以小写字母开头，只含小写字母、数字、-、_',
    en: 'A step key starts with a lowercase letter and holds only lowercase letters, digits, - and _.',
  },
  stepKeyRepeated: { kind: 'BAD_REQUEST', 'zh-CN': '步骤标识重复', en: 'Two steps have the same key.' },
  ratioOnlyForRatio: {
    kind: 'BAD_REQUEST',
    'zh-CN': '按比例通过的步骤须填写比例，其他方式不填',
    en: 'Give a share for a step passed by share, and only for it.',
  },
  levelRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '主管领导须指明所在层级（营业厅、区县或市公司）',
    en: 'Say at which level (hall, district or city) the leader is found.',
  },
  // Starting an instance
  approverUnresolvable: {
    kind: 'BAD_REQUEST',
    'zh-CN': '步骤“{step}”找不到审批人：提交人所在单位没有该层级',
    en: 'Step "{step}" has no approver: the submitter’s unit has no such level above it.',
  },
  pickedApproverMissing: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请为步骤“{step}”选择审批人',
    en: 'Pick the approver of step "{step}".',
  },
  // Naming a person in an approval: a picked approver, a transfer's or an added signer's target
  personUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '找不到人员“{name}”，或不在您可查看的范围内',
    en: 'No person "{name}" is found within what you may see.',
  },
  personInactive: {
    kind: 'BAD_REQUEST',
    'zh-CN': '“{name}”目前不在岗，不能参与审批',
    en: '"{name}" is not at work now and cannot take part in the approval.',
  },
  personOutOfScope: {
    kind: 'BAD_REQUEST',
    'zh-CN': '“{name}”不在本审批所属的{org}范围内',
    en: '"{name}" is not within {org}, where this approval belongs.',
  },
  // Acting on an instance
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '审批不存在', en: 'The approval does not exist.' },
  readDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权查看该审批', en: 'You may not view this approval.' },
  notInProgress: {
    kind: 'CONFLICT',
    'zh-CN': '该审批已结束或不在审批中',
    en: 'This approval has ended or is not in progress.',
  },
  notYourTask: {
    kind: 'FORBIDDEN',
    'zh-CN': '该审批任务不是您的，也不在您的代理期内',
    en: 'This approval task is not yours, nor within a delegation to you.',
  },
  taskNotPending: {
    kind: 'CONFLICT',
    'zh-CN': '该审批任务已被处理（可能已由他人审批），请刷新',
    en: 'This approval task has already been handled (perhaps by someone else). Refresh the page.',
  },
  returnTargetInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只能退回到之前的步骤',
    en: 'You can return only to an earlier step.',
  },
  alreadyAssigned: {
    kind: 'BAD_REQUEST',
    'zh-CN': '此人已是本步骤的审批人',
    en: 'That person already approves this step.',
  },
  notSubmitter: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有提交人可以这样做',
    en: 'Only the submitter may do this.',
  },
  withdrawAfterDecision: {
    kind: 'CONFLICT',
    'zh-CN': '已有人审批，不能撤回',
    en: 'Someone has already decided: it can no longer be withdrawn.',
  },
  resubmitNotAllowed: {
    kind: 'CONFLICT',
    'zh-CN': '只有被驳回或退回给提交人的审批可以重新提交',
    en: 'Only a rejected approval, or one returned to its submitter, can be resubmitted.',
  },
  remindTooSoon: {
    kind: 'CONFLICT',
    'zh-CN': '一小时内已催办过，请稍后再催',
    en: 'A reminder was sent within the hour; try again later.',
  },
  ccDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有提交人和审批人可以抄送',
    en: 'Only the submitter and the approvers may copy others in.',
  },
  signerRepeated: {
    kind: 'BAD_REQUEST',
    'zh-CN': '“{name}”在加签人中重复出现',
    en: '"{name}" is named twice among the signers.',
  },
  // Approvals other areas start (forms.approvals.start)
  subjectNotYours: {
    kind: 'FORBIDDEN',
    'zh-CN': '您不能为“{subjectType}”发起审批：需要该业务在{org}的办理权限',
    en: 'You may not start a "{subjectType}" approval: it needs the right to handle it at {org}.',
  },
  // Delegation (代理)
  delegationWindow: {
    kind: 'BAD_REQUEST',
    'zh-CN': '代理结束时间应晚于开始时间',
    en: 'A delegation must end after it starts.',
  },
  delegateToSelf: { kind: 'BAD_REQUEST', 'zh-CN': '不能委托给自己', en: 'You cannot delegate to yourself.' },
  delegationNotFound: { kind: 'NOT_FOUND', 'zh-CN': '代理设置不存在', en: 'The delegation does not exist.' },
});

export type ApprovalRefusal = Exclude<keyof typeof approvalsErrors, 'catalog'>;

export const approvalsCatalogs = [
  approvalsErrors.catalog,
  approvalStatusTerms.catalog,
  approvalTaskStatusTerms.catalog,
  approvalActionTerms.catalog,
  countersignModeTerms.catalog,
];
