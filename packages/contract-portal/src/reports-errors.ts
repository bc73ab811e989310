// What the hall monthly report (表2) refuses, in its own file so errors.ts can list the catalog without a cycle.
import { defineErrors } from '@duda/contract-kit';

export const reportsErrors = defineErrors('portal.reports', {
  writeDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有该营业厅的店面经理可以填写月报',
    en: "Only the hall's manager may write its monthly report.",
  },
  readDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您没有权限查看该营业厅的月报',
    en: "You may not read this hall's monthly reports.",
  },
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '月报不存在', en: 'No such monthly report.' },
  submitted: {
    kind: 'CONFLICT',
    'zh-CN': '{month} 的月报已提交，不能再修改',
    en: 'The report of {month} is submitted; it can no longer be changed.',
  },
  futureMonth: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '{month} 还没到，不能填写月报',
    en: '{month} has not begun; its report cannot be written yet.',
  },
});
