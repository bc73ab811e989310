// The designer's palette: every field kind with its name in both languages (also a new field's first label).
import type { FieldKind, LocalizedLabel, Widget } from '@duda/contract-forms';

export const KIND_LABELS: Record<FieldKind, LocalizedLabel> = {
  text: { 'zh-CN': '单行文本', en: 'Text' },
  longText: { 'zh-CN': '多行文本', en: 'Long text' },
  number: { 'zh-CN': '数字', en: 'Number' },
  money: { 'zh-CN': '金额', en: 'Money' },
  date: { 'zh-CN': '日期', en: 'Date' },
  time: { 'zh-CN': '时间', en: 'Time' },
  dateRange: { 'zh-CN': '日期区间', en: 'Date range' },
  select: { 'zh-CN': '单选', en: 'Single choice' },
  multiSelect: { 'zh-CN': '多选', en: 'Multiple choice' },
  person: { 'zh-CN': '人员', en: 'Person' },
  orgNode: { 'zh-CN': '组织单位', en: 'Org unit' },
  table: { 'zh-CN': '表格', en: 'Table' },
  attachment: { 'zh-CN': '附件', en: 'Attachment' },
  signature: { 'zh-CN': '手写签名', en: 'Signature' },
  computed: { 'zh-CN': '计算字段', en: 'Computed' },
};

export const WIDGET_LABELS: Record<Widget, LocalizedLabel> = {
  input: { 'zh-CN': '输入框', en: 'Input' },
  textarea: { 'zh-CN': '文本域', en: 'Text area' },
  inputNumber: { 'zh-CN': '数字框', en: 'Number box' },
  rate: { 'zh-CN': '评分', en: 'Rating' },
  money: { 'zh-CN': '金额框', en: 'Money box' },
  datePicker: { 'zh-CN': '日期选择', en: 'Date picker' },
  timePicker: { 'zh-CN': '时间选择', en: 'Time picker' },
  dateRangePicker: { 'zh-CN': '区间选择', en: 'Range picker' },
  dropdown: { 'zh-CN': '下拉框', en: 'Dropdown' },
  radio: { 'zh-CN': '单选按钮', en: 'Radio buttons' },
  checkbox: { 'zh-CN': '复选框', en: 'Checkboxes' },
  personPicker: { 'zh-CN': '人员选择', en: 'Person picker' },
  orgPicker: { 'zh-CN': '单位选择', en: 'Unit picker' },
  table: { 'zh-CN': '表格', en: 'Table' },
  upload: { 'zh-CN': '上传', en: 'Upload' },
  signaturePad: { 'zh-CN': '签名板', en: 'Signature pad' },
  readonly: { 'zh-CN': '只读', en: 'Read-only' },
};
