// What taking an exam refuses (答题), in its own file so errors.ts can list the catalog without an import cycle.
import { defineErrors } from '@duda/contract-kit';

export const attemptsErrors = defineErrors('training.attempts', {
  notCandidate: {
    kind: 'FORBIDDEN',
    'zh-CN': '你不在本场考试的考生名单中',
    en: 'You are not among the candidates of this exam.',
  },
  examNotFound: { kind: 'NOT_FOUND', 'zh-CN': '考试不存在或未发布', en: 'No such published exam.' },
  notYetOpen: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '考试尚未开始，开考时间：{opensAt}',
    en: 'The exam has not opened yet; it opens at {opensAt}.',
  },
  examClosed: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '考试已结束，不能再开始作答',
    en: 'The exam has closed; no new attempt can be started.',
  },
  noAttemptsLeft: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '本场考试只允许作答 {allowed} 次，你已用完',
    en: 'This exam allows {allowed} attempt(s) and you have used them.',
  },
  attemptNotFound: { kind: 'NOT_FOUND', 'zh-CN': '答卷不存在', en: 'No such attempt.' },
  otherDevice: {
    kind: 'CONFLICT',
    'zh-CN':
      '本次作答正在另一台设备上进行。请回到原设备继续；如需换设备，请联系培训管理员释放设备后再打开考试。',
    en: 'This attempt is being taken on another device. Continue there, or ask a trainer to release the device and then open the exam here.',
  },
  timeUp: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '考试时间已到，此答案未保存；已保存的答案不受影响',
    en: 'Time is up: this answer was not saved. The answers saved before are kept.',
  },
  submitOnly: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '考试时间已到，宽限期内只能交卷，不能再修改答案',
    en: 'Time is up: in the grace period you can only submit, not change answers.',
  },
  attemptEnded: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '本次作答已结束（{status}），答卷未作改动',
    en: 'This attempt has ended ({status}); nothing was changed.',
  },
  slotNotInAttempt: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {slot} 题不在本次试卷中',
    en: 'Question {slot} is not in this attempt.',
  },
  responseTypeMismatch: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {slot} 题是{type}，答案格式不符',
    en: 'Question {slot} is {type}; the answer does not fit it.',
  },
  responseOutOfQuestion: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {slot} 题的答案含有题目中没有的选项或空',
    en: 'The answer to question {slot} names an option or blank the question does not have.',
  },
  drawShort: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '题库中符合第 {rule} 条抽题规则的题目不足：需要 {needed} 道，只有 {available} 道',
    en: 'The bank cannot satisfy draw rule {rule}: it needs {needed} question(s), only {available} fit.',
  },
  questionUnavailable: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '试卷第 {slot} 题已不在题库中（已停用或删除），请联系培训管理员',
    en: 'Question {slot} of the paper is no longer in the bank (retired or removed); contact a trainer.',
  },
  resultsDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '你无权查看考生的作答情况',
    en: 'You may not see how candidates did.',
  },
  notReleasable: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '只有作答中的答卷可以释放设备',
    en: 'Only an attempt in progress can have its device released.',
  },
});
