// What the contingency sub-areas (plans, incidents, drills: 应急预案与演练) refuse, as codes with parameters.
import { defineErrors } from '@duda/contract-kit';

export const contingencyErrors = defineErrors('operations.contingency', {
  planDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权修改该应急预案',
    en: 'You may not change this contingency plan.',
  },
  incidentDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权处置该营业厅的突发事件',
    en: "You may not run this hall's incidents.",
  },
  drillDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权安排或评估该演练',
    en: 'You may not schedule or evaluate this drill.',
  },
  templateNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '预案模板不存在',
    en: 'No such plan template.',
  },
  planNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '应急预案不存在或您无权查看',
    en: 'No such contingency plan, or not yours to see.',
  },
  incidentNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '事件不存在或您无权查看',
    en: 'No such incident, or not yours to see.',
  },
  drillNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '演练不存在或您无权查看',
    en: 'No such drill, or not yours to see.',
  },
  notAHall: { kind: 'BAD_REQUEST', 'zh-CN': '应急预案只能用于营业厅', en: 'A plan is adopted by a hall.' },
  planTitleRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写预案名称', en: 'Enter the plan title.' },
  activationRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写启动条件', en: 'Enter when the plan starts.' },
  stepsRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '预案至少要有一个处置步骤',
    en: 'A plan needs at least one step.',
  },
  stepTextRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写步骤内容', en: 'Say what the step is.' },
  contactRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写联系人', en: 'Enter the contact.' },
  stepMinutesInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '时限请填写 1 到 1440 之间的整数分钟',
    en: 'The time limit is a whole number of minutes from 1 to 1440.',
  },
  templateMoved: {
    kind: 'CONFLICT',
    'zh-CN': '市公司已发布模板第 {revision} 版，请重新对照后再更新',
    en: 'The city has published revision {revision} since; compare again before updating.',
  },
  alreadyCurrent: {
    kind: 'CONFLICT',
    'zh-CN': '本厅预案已是模板第 {revision} 版，无需更新',
    en: "The hall's plan is already on revision {revision} of the template.",
  },
  notFromTemplate: {
    kind: 'CONFLICT',
    'zh-CN': '该预案不是依据市公司模板制定的，没有新版可更新',
    en: 'This plan was not adopted from a city template; there is no newer revision to take.',
  },
  phoneInvalid: { kind: 'BAD_REQUEST', 'zh-CN': '电话号码格式不正确', en: 'The phone number is not valid.' },
  stepUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '预案中没有第 {order} 步',
    en: 'The plan has no step {order}.',
  },
  stepAlreadyDone: {
    kind: 'CONFLICT',
    'zh-CN': '第 {order} 步已由 {by} 于 {at} 勾选完成，不能重复勾选',
    en: 'Step {order} was already ticked by {by} at {at}; it cannot be ticked twice.',
  },
  incidentClosed: { kind: 'CONFLICT', 'zh-CN': '该事件已结束，不能再修改', en: 'This incident is closed.' },
  reviewRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写事件复盘小结', en: 'Write a short review.' },
  noteRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写记录内容或附上照片',
    en: 'Write a note or attach a photo.',
  },
  levelNotHigher: {
    kind: 'CONFLICT',
    'zh-CN': '事件已是{level}，只能升级到更高的级别',
    en: 'The incident is already {levelEn}; it can only go higher.',
  },
  nothingToAcknowledge: {
    kind: 'CONFLICT',
    'zh-CN': '该事件没有待区县确认的上报',
    en: 'This incident has no report awaiting the district.',
  },
  drillNotFinished: {
    kind: 'CONFLICT',
    'zh-CN': '演练尚未完成，完成后才能评估',
    en: 'The drill has not been completed yet; evaluate it afterwards.',
  },
  findingsRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写演练中发现的问题', en: 'Say what went wrong.' },
  actionsRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写改进措施', en: 'Name the actions to take.' },
  photoUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '照片不存在或不属于该营业厅，请重新上传',
    en: "The photo is unknown or not this hall's; upload it again.",
  },
});
