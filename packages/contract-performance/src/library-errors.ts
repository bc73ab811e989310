// What the KPI library, schemes and targets refuse (performance.library). Apart from library.ts so errors.ts
// gathers the catalogs without an import cycle.
import { defineErrors } from '@duda/contract-kit';

export const libraryErrors = defineErrors('performance.library', {
  monthFormat: { kind: 'BAD_REQUEST', 'zh-CN': '月份格式应为 YYYY-MM', en: 'Give the month as YYYY-MM.' },
  nameRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写名称', en: 'Enter a name.' },
  noCity: {
    kind: 'FORBIDDEN',
    'zh-CN': '您的账号不属于任何市公司',
    en: 'Your account belongs to no city.',
  },
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以维护指标库和考核方案',
    en: 'Only the city supervisor keeps the KPI library and the schemes.',
  },
  kpiNameTaken: {
    kind: 'CONFLICT',
    'zh-CN': '指标库中已有同名指标“{name}”',
    en: 'The KPI library already has a KPI named “{name}”.',
  },
  kpiNotFound: { kind: 'NOT_FOUND', 'zh-CN': '指标不存在', en: 'No such KPI.' },
  kpiInUse: {
    kind: 'CONFLICT',
    'zh-CN':
      '该指标已用于考核方案，只能修改名称、定义和单位；评分规则、目标、方向或来源的调整请新建指标并在下月方案中替换',
    en: 'This KPI is used by a scheme: only its name, definition and unit may change. For another rule, target, direction or source, add a new KPI and put it in next month’s scheme.',
  },
  schemeNotFound: { kind: 'NOT_FOUND', 'zh-CN': '考核方案不存在', en: 'No such scheme.' },
  schemeMonthStarted: {
    kind: 'CONFLICT',
    'zh-CN': '{month} 已开始，方案调整从下月（{next}）起生效',
    en: '{month} has begun: a scheme change takes effect from next month ({next}).',
  },
  allocateDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位或人员分解指标',
    en: 'You may not allocate targets to this unit or person.',
  },
  kpiNotInScheme: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该指标不在本月适用的考核方案中',
    en: 'This KPI is not in a scheme that applies this month.',
  },
  noScheme: {
    kind: 'NOT_FOUND',
    'zh-CN': '{month} 没有适用于您的考核方案',
    en: 'No scheme applies to you in {month}.',
  },
});
