// What `training.knowledge.*` refuses, and the words its pages use; apart from knowledge.ts so errors.ts can gather
// the catalogs without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const articleStatusTerms = defineTerms('training.articleStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  PUBLISHED: { 'zh-CN': '已发布', en: 'Published' },
});

export const readingStateTerms = defineTerms('training.readingState', {
  UNOPENED: { 'zh-CN': '未打开', en: 'Not opened' },
  OPENED: { 'zh-CN': '已打开未读完', en: 'Opened, not finished' },
  FINISHED: { 'zh-CN': '已读完', en: 'Read to the end' },
});

export const knowledgeErrors = defineErrors('training.knowledge', {
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '文章不存在', en: 'The article does not exist.' },
  readDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权查看知识库', en: 'You may not read the knowledge base.' },
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有培训管理员可以编辑知识库',
    en: 'Only the trainer may edit the knowledge base.',
  },
  scopeDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该组织的阅读情况',
    en: 'You may not see the reading of this unit.',
  },
  knowledgePointNotFound: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选知识点不存在',
    en: 'The chosen knowledge point does not exist.',
  },
  contentInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '正文格式无效，请在编辑器中重新编辑后保存',
    en: 'The text is not a valid document; edit it in the editor and save again.',
  },
  linkUnsafe: {
    kind: 'BAD_REQUEST',
    'zh-CN': '链接只能以 http://、https:// 或 mailto: 开头',
    en: 'Links must start with http://, https:// or mailto:.',
  },
  imageUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '正文中的图片须先上传到本文章',
    en: 'Images in the text must be uploaded to this article first.',
  },
  notPublished: {
    kind: 'BAD_REQUEST',
    'zh-CN': '文章尚未发布，请先发布再设为必读',
    en: 'Publish the article before making it required reading.',
  },
  requiredCannotUnpublish: {
    kind: 'CONFLICT',
    'zh-CN': '该文章已设为必读，不能撤回为草稿',
    en: 'This article is required reading and cannot go back to draft.',
  },
  deadlinePast: {
    kind: 'BAD_REQUEST',
    'zh-CN': '截止时间须晚于当前时间',
    en: 'The deadline must be in the future.',
  },
  targetEmpty: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请至少选择一个角色或组织',
    en: 'Choose at least one role or unit.',
  },
  noReaders: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选范围内没有需要阅读的人员',
    en: 'Nobody in the chosen roles and units would have to read it.',
  },
  requiredNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '必读安排不存在',
    en: 'The required-reading assignment does not exist.',
  },
  fileNotFound: { kind: 'NOT_FOUND', 'zh-CN': '文件不存在', en: 'The file does not exist.' },
  fileRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload.' },
  fileEmpty: { kind: 'BAD_REQUEST', 'zh-CN': '文件是空的', en: 'The file is empty.' },
  fileTooLarge: {
    kind: 'BAD_REQUEST',
    'zh-CN': '文件不能超过 {megabytes} MB',
    en: 'A file may be at most {megabytes} MB.',
  },
  imageType: {
    kind: 'BAD_REQUEST',
    'zh-CN': '图片只能是 JPG、PNG 或 WebP 格式',
    en: 'Images must be JPG, PNG or WebP.',
  },
  attachmentType: {
    kind: 'BAD_REQUEST',
    'zh-CN': '附件只能是 PDF、Word、Excel、PPT 或图片',
    en: 'Attachments must be PDF, Word, Excel, PowerPoint or an image.',
  },
  fileKindFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '文件类型应为图片或附件',
    en: 'The kind of file must be image or attachment.',
  },
  articleIdFormat: { kind: 'BAD_REQUEST', 'zh-CN': '文章编号无效', en: 'The article id is not valid.' },
  fileNameFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '文件名不能为空且不超过 100 个字符',
    en: 'A file name must be 1 to 100 characters.',
  },
});

export const knowledgeCatalogs = [
  knowledgeErrors.catalog,
  articleStatusTerms.catalog,
  readingStateTerms.catalog,
];
