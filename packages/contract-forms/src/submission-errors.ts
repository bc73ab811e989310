// What `forms.submissions.*` refuses; apart from the inputs so errors.ts can gather the catalogs without a cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const submissionStatusTerms = defineTerms('forms.submissionStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  SUBMITTED: { 'zh-CN': '已提交', en: 'Submitted' },
});

export const formsSubmissionErrors = defineErrors('forms.submissions', {
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '表单记录不存在', en: 'The form record does not exist.' },
  submitDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位填报表单',
    en: 'You may not fill in forms for this unit.',
  },

  versionRetired: {
    kind: 'CONFLICT',
    'zh-CN': '该模板版本已停用，请使用最新发布的版本填报',
    en: 'This template version is retired; fill in the latest published version.',
  },
  versionNotPublished: {
    kind: 'CONFLICT',
    'zh-CN': '该模板版本尚未发布，不能填报',
    en: 'This template version is not published yet.',
  },
  caseForm: {
    kind: 'CONFLICT',
    'zh-CN': '{code}按投诉案件受理，请到「投诉受理」登记（客户联系方式只给处理人看），不能作为普通表单填报',
    en: '{code} is taken in as a complaint case: register it under Complaint intake (投诉受理), where the customer’s contact stays with its handlers; it cannot be filled in as a plain form.',
  },
  notDraft: { kind: 'CONFLICT', 'zh-CN': '该表单已提交，不能再修改', en: 'The form is already submitted.' },
  notYours: {
    kind: 'FORBIDDEN',
    'zh-CN': '只能修改自己的草稿',
    en: 'You can only change your own drafts.',
  },
  draftTooLarge: {
    kind: 'PAYLOAD_TOO_LARGE',
    'zh-CN': '表单内容过大（最多 {maximum} KB）',
    en: 'The form is too large (at most {maximum} KB).',
  },
  unknownFilterField: {
    kind: 'BAD_REQUEST',
    'zh-CN': '表单没有字段 {field}，不能按它筛选',
    en: 'The form has no field {field} to filter on.',
  },

  fileRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请选择文件', en: 'Choose a file.' },
  fileName: {
    kind: 'BAD_REQUEST',
    'zh-CN': '文件名不能为空、不超过 200 个字，且不含 / 或 \\',
    en: 'A file name must not be empty, longer than 200 characters, or contain / or \\.',
  },
  fileEmpty: { kind: 'BAD_REQUEST', 'zh-CN': '文件是空的', en: 'The file is empty.' },
  fileUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{label}引用的文件不存在或不属于本单位，请重新上传',
    en: '{labelEn} cites a file that does not exist or is not of this unit; upload it again.',
  },
  fileTooLarge: {
    kind: 'PAYLOAD_TOO_LARGE',
    'zh-CN': '附件不能超过 {maximum} MB',
    en: 'An attachment may be at most {maximum} MB.',
  },
  fileType: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只接受 JPEG、PNG、WebP 图片或 PDF 文件',
    en: 'Only JPEG, PNG or WebP images and PDF files are accepted.',
  },
  exportTooLarge: {
    kind: 'BAD_REQUEST',
    'zh-CN': '一次最多导出 {maximum} 条，请缩小筛选范围',
    en: 'At most {maximum} rows export at once; narrow the filters.',
  },
});
