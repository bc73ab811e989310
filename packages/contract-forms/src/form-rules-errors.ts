// What the form rules refuse in a form's data (client and server alike), by field path. A field's label travels
// in both languages (`label` / `labelEn`), since it comes from the template, not from a catalog.
import { defineErrors } from '@duda/contract-kit';

export const formRuleErrors = defineErrors('forms.rules', {
  required: { kind: 'BAD_REQUEST', 'zh-CN': '请填写{label}', en: 'Fill in {labelEn}.' },
  tooManyDecimals: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}最多保留 {digits} 位小数',
    en: '{labelEn} takes at most {digits} decimals.',
  },
  rangeOrder: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}的结束日期不能早于开始日期',
    en: 'The end of {labelEn} cannot be before its start.',
  },
  sumEquals: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}的合计应为 {value}，现为 {actual}',
    en: 'The {labelEn} should add up to {value}; they add up to {actual}.',
  },
  duplicateRow: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {row} 行与第 {first} 行的{label}重复',
    en: 'Row {row} repeats the {labelEn} of row {first}.',
  },
  notAfter: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}不能晚于{later}',
    en: '{labelEn} cannot be after {laterEn}.',
  },
  /** A value JSON Schema refuses, worded per ajv keyword (the server's validator, and the page's). */
  invalidValue: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}的值无效',
    en: 'The value of {labelEn} is not valid.',
  },
});

/**
 * What the template's JSON Schema refuses in a form's data, per keyword (the service's validator, and the page's):
 * `limit` is the keyword's bound. A required value left out is `forms.rules.required`.
 */
export const formSchemaErrors = defineErrors('forms.schema', {
  type: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}的值类型不对',
    en: 'The value of {labelEn} has the wrong type.',
  },
  enum: { kind: 'BAD_REQUEST', 'zh-CN': '{label}不是可选的值', en: '{labelEn} is not one of the choices.' },
  format: { kind: 'BAD_REQUEST', 'zh-CN': '{label}的格式不对', en: '{labelEn} is not in the right format.' },
  minLength: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}至少 {limit} 个字',
    en: '{labelEn} takes at least {limit} characters.',
  },
  maxLength: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}最多 {limit} 个字',
    en: '{labelEn} takes at most {limit} characters.',
  },
  minimum: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}不能小于 {limit}',
    en: '{labelEn} cannot be less than {limit}.',
  },
  maximum: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}不能大于 {limit}',
    en: '{labelEn} cannot be more than {limit}.',
  },
  minItems: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}至少要有 {limit} 项',
    en: '{labelEn} needs at least {limit} entries.',
  },
  maxItems: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}最多 {limit} 项',
    en: '{labelEn} takes at most {limit} entries.',
  },
  uniqueItems: { kind: 'BAD_REQUEST', 'zh-CN': '{label}有重复的选项', en: '{labelEn} repeats an entry.' },
  unknownField: {
    kind: 'BAD_REQUEST',
    'zh-CN': '表单没有字段 {label}',
    en: 'The form has no field {labelEn}.',
  },
  invalid: { kind: 'BAD_REQUEST', 'zh-CN': '{label}的值无效', en: 'The value of {labelEn} is not valid.' },
});
