// Bulk import of staff from Excel (批量导入人员): the template's columns, its limits, the multipart input and the
// refusals of a file or a row. The rows are checked like one added by hand; the good ones are kept, or all or
// none — the administrator chooses (the platform's one import: @duda/contract-kit sheet-import).
import { defineErrors, sheetImportForm } from '@duda/contract-kit';

export const PEOPLE_IMPORT_MAX_ROWS = 2000;
export const PEOPLE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The template's columns in order; 角色 may list several, separated by 、 or a comma. */
export const PEOPLE_SHEET_HEADERS = ['工号', '姓名', '手机', '单位编码', '岗位', '入职日期', '角色'] as const;
export type PeopleSheetHeader = (typeof PEOPLE_SHEET_HEADERS)[number];

export const peopleImportErrors = defineErrors('org.import', {
  fileRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请选择要导入的文件', en: 'Choose a file to import.' },
  modeInvalid: { kind: 'BAD_REQUEST', 'zh-CN': '导入方式无效', en: 'Unknown import mode.' },
  passwordRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请设置导入账号的初始密码',
    en: 'Set the initial password of the imported accounts.',
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
  empty: { kind: 'BAD_REQUEST', 'zh-CN': '表格中没有人员', en: 'The sheet lists nobody.' },
  tooManyRows: {
    kind: 'BAD_REQUEST',
    'zh-CN': '一次最多导入 {max} 人',
    en: 'Import at most {max} people at a time.',
  },
  // 行 rows
  required: { kind: 'BAD_REQUEST', 'zh-CN': '“{column}”不能为空', en: '“{column}” must be filled in.' },
  tooLong: {
    kind: 'BAD_REQUEST',
    'zh-CN': '“{column}”最多 {max} 个字',
    en: '“{column}” takes at most {max} characters.',
  },
  staffNoRepeated: {
    kind: 'BAD_REQUEST',
    'zh-CN': '工号 {staffNo} 与第 {row} 行重复',
    en: 'Staff ID {staffNo} repeats row {row}.',
  },
  orgUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '单位编码“{code}”不存在、已停用或不在您的管理范围内，请查看模板的“单位编码”表',
    en: 'No active unit you manage has the code “{code}”; see the template’s 单位编码 sheet.',
  },
  hireDate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '入职日期“{value}”无效，应写成 2024-03-01',
    en: 'Hire date “{value}” is not a date; write it as 2024-03-01.',
  },
  roleUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '角色“{value}”无效，应为 {roles} 之一',
    en: 'Unknown role “{value}”: use one of {roles}.',
  },
});

export const peopleImportInputs = {
  /** Multipart: the .xlsx `file`, the `mode` and the `initialPassword` every imported account starts with. */
  import: sheetImportForm(peopleImportErrors, (form, issue) => {
    const initialPassword = form.get('initialPassword');
    if (typeof initialPassword !== 'string' || initialPassword.length === 0)
      issue('initialPassword', peopleImportErrors.passwordRequired.code);
    return { initialPassword: String(initialPassword ?? '') };
  }),
};
