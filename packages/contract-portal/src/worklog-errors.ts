// What the work log (工作日志) and the weekly plan/summary (周报) refuse, in their own file so errors.ts can list the
// catalog without a cycle.
import { defineErrors } from '@duda/contract-kit';

export const worklogErrors = defineErrors('portal.worklog', {
  dayClosed: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '{day} 的工作日志只能在当天填写或修改，现已只读',
    en: 'The work log of {day} can be written or changed on that day only; it is read-only now.',
  },
  futureDay: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '不能填写 {day} 的工作日志：这一天还没到',
    en: 'The work log of {day} cannot be written yet: that day has not come.',
  },
  planClosed: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '{weekStart} 这一周的计划只能在本周结束前（或上一周）填写',
    en: 'The plan of the week of {weekStart} can be written before that week ends (or in the week before) only.',
  },
  summaryClosed: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '{weekStart} 这一周的总结只能在本周内或下周一填写',
    en: 'The summary of the week of {weekStart} can be written during that week or on the Monday after only.',
  },
  notMonday: {
    kind: 'BAD_REQUEST',
    'zh-CN': '周报按周一至周日：请选择一周的星期一',
    en: 'A weekly report runs Monday to Sunday: pick a Monday.',
  },
  writeDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您的岗位不填写工作日志和周报',
    en: 'Your post keeps no work log or weekly report.',
  },
  readDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您没有权限查看他人的工作日志和周报',
    en: "You may not read other people's work logs and weekly reports.",
  },
  rangeTooLong: {
    kind: 'BAD_REQUEST',
    'zh-CN': '一次最多查看 62 天',
    en: 'At most 62 days at a time.',
  },
});
