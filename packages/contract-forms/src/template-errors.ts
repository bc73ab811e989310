// What `forms.templates.*` refuses, and the words its pages use; apart from the inputs so errors.ts can gather the
// catalogs without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const templateStatusTerms = defineTerms('forms.templateStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  PUBLISHED: { 'zh-CN': '已发布', en: 'Published' },
  RETIRED: { 'zh-CN': '已停用', en: 'Retired' },
});

export const formsTemplateErrors = defineErrors('forms.templates', {
  labelRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写中英文名称',
    en: 'Enter the name in Chinese and English.',
  },
  fieldKeyFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '字段标识须以字母开头，仅含字母、数字和下划线，最多 40 个字符',
    en: 'A field key starts with a letter and has only letters, digits and underscores (at most 40).',
  },
  noFields: { kind: 'BAD_REQUEST', 'zh-CN': '表单至少要有一个字段', en: 'A form needs at least one field.' },
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '表单模板不存在', en: 'The form template does not exist.' },
  versionNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '模板版本不存在',
    en: 'The template version does not exist.',
  },

  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权管理该单位的表单模板',
    en: 'You may not manage form templates of this unit.',
  },
  codeTaken: {
    kind: 'CONFLICT',
    'zh-CN': '本单位已有编号为 {code} 的表单模板',
    en: 'This unit already has a form template numbered {code}.',
  },
  notDraft: {
    kind: 'CONFLICT',
    'zh-CN': '只有草稿版本可以修改或发布',
    en: 'Only a draft version can be changed or published.',
  },
  draftExists: {
    kind: 'CONFLICT',
    'zh-CN': '该模板已有草稿版本，请先编辑或发布它',
    en: 'The template already has a draft version; edit or publish it first.',
  },
  notPublished: {
    kind: 'CONFLICT',
    'zh-CN': '只有已发布的版本可以停用',
    en: 'Only a published version can be retired.',
  },
  invalidJsonSchema: {
    kind: 'BAD_REQUEST',
    'zh-CN': '数据结构不是有效的 JSON Schema（2020-12）：{reason}',
    en: 'The data schema is not valid JSON Schema (2020-12): {reason}',
  },
  uiMismatch: {
    kind: 'BAD_REQUEST',
    'zh-CN': '界面字段与数据结构不一致：{reason}',
    en: 'The form fields do not match the data schema: {reason}',
  },
  uiInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '表单设置有误：{reason}',
    en: 'The form settings are wrong: {reason}',
  },
  copyProvinceOnly: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只能复制上级单位发布的模板到本单位',
    en: 'Only a published template of a unit above can be copied to yours.',
  },
});

/** Why a UI schema does not hold together, worded in both languages (the `reason` of uiInvalid / uiMismatch). */
export const uiSchemaProblemTerms = defineTerms('forms.uiProblem', {
  duplicateKey: { 'zh-CN': '字段标识 {key} 重复', en: 'The field key {key} is used twice.' },
  unknownField: {
    'zh-CN': '{key} 引用了不存在的字段 {ref}',
    en: '{key} refers to a field {ref} that does not exist.',
  },
  unknownColumn: {
    'zh-CN': '{key} 引用了表格 {ref} 中不存在的列 {column}',
    en: '{key} refers to a column {column} that table {ref} does not have.',
  },
  notATable: { 'zh-CN': '{key} 引用的 {ref} 不是表格', en: '{key} refers to {ref}, which is not a table.' },
  notADateRange: {
    'zh-CN': '{key} 引用的 {ref} 不是日期区间',
    en: '{key} refers to {ref}, which is not a date range.',
  },
  optionsMissing: { 'zh-CN': '选择字段 {key} 需要选项', en: 'The select field {key} needs options.' },
  duplicateOption: { 'zh-CN': '字段 {key} 的选项 {value} 重复', en: 'Field {key} offers {value} twice.' },
  columnsMissing: { 'zh-CN': '表格字段 {key} 需要列', en: 'The table field {key} needs columns.' },
  computeMissing: { 'zh-CN': '计算字段 {key} 需要公式', en: 'The computed field {key} needs a formula.' },
  misplacedSetting: {
    'zh-CN': '字段 {key} 的类型不支持设置 {setting}',
    en: 'The kind of field {key} takes no {setting} setting.',
  },
  widgetForKind: {
    'zh-CN': '字段 {key} 的类型不能用控件 {widget}',
    en: 'Field {key} cannot use the widget {widget}.',
  },
  unknownSection: {
    'zh-CN': '字段 {key} 所在的分组 {ref} 不存在',
    en: 'Field {key} is in a section {ref} that does not exist.',
  },
  rangeReversed: {
    'zh-CN': '字段 {key} 的最小值大于最大值',
    en: 'Field {key} has a minimum above its maximum.',
  },
  missingProperty: {
    'zh-CN': '数据结构缺少字段 {key}',
    en: 'The data schema has no property for field {key}.',
  },
  extraProperty: {
    'zh-CN': '数据结构中的 {key} 没有对应的界面字段',
    en: 'The data schema property {key} has no form field.',
  },
  typeMismatch: {
    'zh-CN': '字段 {key} 的数据类型应为 {expected}',
    en: 'Field {key} should hold data of type {expected}.',
  },
  notAnObject: {
    'zh-CN': '数据结构的根须为带 properties 的 object',
    en: 'The data schema must be an object with properties at its root.',
  },
});
