// What `performance.imports` refuses (满意率 imported from the SMS survey's Excel): a file as a whole, or one row
// and why; apart from imports.ts so errors.ts can gather the catalog without an import cycle.
import { defineErrors } from '@duda/contract-kit';

export const importsErrors = defineErrors('performance.imports', {
  denied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以导入满意率',
    en: 'Only the city supervisor imports satisfaction rates.',
  },
  fileRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请选择要导入的文件', en: 'Choose a file to import.' },
  modeInvalid: { kind: 'BAD_REQUEST', 'zh-CN': '导入方式无效', en: 'Unknown import mode.' },
  monthRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请选择导入的月份（如 2026-11）',
    en: 'Choose the month to import (e.g. 2026-11).',
  },
  tooLarge: {
    kind: 'PAYLOAD_TOO_LARGE',
    'zh-CN': '文件超过 {max} MB',
    en: 'The file is larger than {max} MB.',
  },
  notSpreadsheet: {
    kind: 'BAD_REQUEST',
    'zh-CN': '文件不是 Excel 表格（.xlsx），请用下载的模板填写',
    en: 'The file is not an Excel workbook (.xlsx); fill in the downloaded template.',
  },
  wrongHeader: {
    kind: 'BAD_REQUEST',
    'zh-CN': '表头不符合模板：第 {column} 列应为“{expected}”',
    en: 'The header does not match the template: column {column} should be “{expected}”.',
  },
  empty: { kind: 'BAD_REQUEST', 'zh-CN': '表格中没有满意率', en: 'The sheet has no satisfaction rates.' },
  tooManyRows: {
    kind: 'BAD_REQUEST',
    'zh-CN': '一次最多导入 {max} 行',
    en: 'Import at most {max} rows at a time.',
  },
  // 行 rows
  hallUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '营业厅编码“{code}”不是本市的营业厅，请查看模板的“营业厅”表',
    en: 'No hall of this city has the code “{code}”; see the template’s 营业厅 sheet.',
  },
  staffNoUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '工号“{staffNo}”不是该营业厅参加考核的员工',
    en: 'Staff ID “{staffNo}” is not someone scored in that hall.',
  },
  rate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '满意率“{value}”无效，应为 0–100 之间的数（如 96.5）',
    en: 'Satisfaction rate “{value}” is not a number from 0 to 100 (e.g. 96.5).',
  },
  responses: {
    kind: 'BAD_REQUEST',
    'zh-CN': '样本数“{value}”无效，应为不小于 0 的整数，或留空',
    en: 'Responses “{value}” is not a whole number of at least 0; leave it empty if unknown.',
  },
  repeated: {
    kind: 'BAD_REQUEST',
    'zh-CN': '与第 {row} 行重复（同一营业厅或同一工号只能有一行）',
    en: 'Repeats row {row} (one row per hall, or per staff ID).',
  },
});
