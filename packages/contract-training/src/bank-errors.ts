// The question bank's (题库) refusals and its business lines (业务线) in both languages. Apart from bank.ts so the
// area's catalog list (errors.ts) can name them without an import cycle through the schemas.
import { defineErrors, defineTerms } from '@duda/contract-kit';

/** 业务线: the line of business a question is about (a fixed list; the sheet uses the Chinese names). */
export const BUSINESS_LINES = [
  'MOBILE',
  'BROADBAND',
  'TERMINAL',
  'VALUE_ADDED',
  'SERVICE_STANDARD',
  'COUNTER_STANDARD',
] as const;
export type BusinessLine = (typeof BUSINESS_LINES)[number];

export const businessLineTerms = defineTerms('training.businessLine', {
  MOBILE: { 'zh-CN': '移动业务', en: 'Mobile' },
  BROADBAND: { 'zh-CN': '宽带业务', en: 'Broadband' },
  TERMINAL: { 'zh-CN': '终端', en: 'Devices' },
  VALUE_ADDED: { 'zh-CN': '增值业务', en: 'Value-added services' },
  SERVICE_STANDARD: { 'zh-CN': '服务规范', en: 'Service standards' },
  COUNTER_STANDARD: { 'zh-CN': '营业规范', en: 'Counter procedures' },
});

/** How an import is run (CHECK, KEEP_VALID, ALL_OR_NOTHING): the platform's one import, in @duda/contract-kit. */
export { IMPORT_MODES, type ImportMode } from '@duda/contract-kit';

/** The spreadsheet limits: a larger file, or more rows, is refused as a whole. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 2000;

export const bankErrors = defineErrors('training.bank', {
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有培训管理员可以维护题库',
    en: 'Only the trainer keeps the question bank.',
  },
  noCity: { kind: 'FORBIDDEN', 'zh-CN': '您的账号不属于任何地市', en: 'Your account belongs to no city.' },
  // 知识点 knowledge points
  knowledgePointNotFound: { kind: 'NOT_FOUND', 'zh-CN': '知识点不存在', en: 'No such knowledge point.' },
  knowledgePointNameTaken: {
    kind: 'CONFLICT',
    'zh-CN': '同一层级下已有知识点“{name}”',
    en: 'There is already a knowledge point “{name}” at this level.',
  },
  knowledgePointNameSlash: {
    kind: 'BAD_REQUEST',
    'zh-CN': '知识点名称不能包含“/”（它用于分隔路径）',
    en: 'A knowledge point name cannot contain “/” (it separates the path).',
  },
  knowledgePointCycle: {
    kind: 'BAD_REQUEST',
    'zh-CN': '不能把知识点移动到它自己或它的下级之下',
    en: 'A knowledge point cannot be moved below itself or one of its children.',
  },
  knowledgePointInUse: {
    kind: 'CONFLICT',
    'zh-CN': '该知识点下还有 {questions} 道题目、{children} 个下级知识点，清空后才能删除',
    en: 'This knowledge point still has {questions} questions and {children} child points; move them first.',
  },
  // 题目 questions
  questionNotFound: { kind: 'NOT_FOUND', 'zh-CN': '题目不存在', en: 'No such question.' },
  typeChangeRefused: {
    kind: 'BAD_REQUEST',
    'zh-CN': '题型不能修改，请新建一道题目',
    en: 'The type of a question cannot change; create a new question instead.',
  },
  stemRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写题干', en: 'Write the question (stem).' },
  keyTypeMismatch: {
    kind: 'BAD_REQUEST',
    'zh-CN': '答案的题型与题目不一致',
    en: 'The answer key is for another type of question.',
  },
  optionIdDuplicate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '选项编号“{option}”重复',
    en: 'The option label “{option}” is used twice.',
  },
  optionTextDuplicate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '选项内容“{text}”重复',
    en: 'Two options read “{text}”.',
  },
  keyUnknownOption: {
    kind: 'BAD_REQUEST',
    'zh-CN': '答案“{option}”不是本题的选项',
    en: 'The answer “{option}” is not one of the options.',
  },
  keyDuplicateOption: {
    kind: 'BAD_REQUEST',
    'zh-CN': '答案中的“{option}”重复',
    en: 'The answer names “{option}” twice.',
  },
  blanksMismatchStem: {
    kind: 'BAD_REQUEST',
    'zh-CN': '题干中有 {stem} 个空（____），而题目设置了 {blanks} 个空',
    en: 'The stem marks {stem} blanks (____) but the question has {blanks}.',
  },
  blanksMismatchKey: {
    kind: 'BAD_REQUEST',
    'zh-CN': '题目有 {blanks} 个空，答案却给了 {answers} 个空的答案',
    en: 'The question has {blanks} blanks but the key answers {answers}.',
  },
  matchingPromptUnpaired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '匹配项“{prompt}”没有对应的答案',
    en: 'The item “{prompt}” has no matching answer.',
  },
  matchingUnknownPrompt: {
    kind: 'BAD_REQUEST',
    'zh-CN': '答案中的“{prompt}”不是本题的匹配项',
    en: 'The key pairs “{prompt}”, which is not an item of this question.',
  },
  matchingUnknownChoice: {
    kind: 'BAD_REQUEST',
    'zh-CN': '答案中的“{choice}”不是本题的候选项',
    en: 'The key uses “{choice}”, which is not a choice of this question.',
  },
  matchingTooManyChoices: {
    kind: 'BAD_REQUEST',
    'zh-CN': '匹配题的候选项最多 {max} 个',
    en: 'A matching question has at most {max} choices.',
  },
  // 导入 import
  importFileRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请选择要导入的文件', en: 'Choose a file to import.' },
  importModeInvalid: { kind: 'BAD_REQUEST', 'zh-CN': '导入方式无效', en: 'Unknown import mode.' },
  importTooLarge: {
    kind: 'PAYLOAD_TOO_LARGE',
    'zh-CN': '文件超过 {max} MB',
    en: 'The file is larger than {max} MB.',
  },
  importNotSpreadsheet: {
    kind: 'BAD_REQUEST',
    'zh-CN': '文件不是 Excel 表格（.xlsx），请用下载的模板填写',
    en: 'The file is not an Excel workbook (.xlsx); fill in the downloaded template.',
  },
  importWrongHeader: {
    kind: 'BAD_REQUEST',
    'zh-CN': '表头不符合模板：第 {column} 列应为“{expected}”',
    en: 'The header does not match the template: column {column} should be “{expected}”.',
  },
  importEmpty: { kind: 'BAD_REQUEST', 'zh-CN': '表格中没有题目', en: 'The sheet holds no questions.' },
  importTooManyRows: {
    kind: 'BAD_REQUEST',
    'zh-CN': '一次最多导入 {max} 道题目',
    en: 'Import at most {max} questions at a time.',
  },
  rowTypeUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '题型“{value}”无效，应为单选题、多选题、判断题、填空题、匹配题或简答题',
    en: 'Unknown type “{value}”: use 单选题, 多选题, 判断题, 填空题, 匹配题 or 简答题.',
  },
  rowKnowledgePointUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '知识点“{path}”不存在，请先在知识点树中建立',
    en: 'No knowledge point “{path}”; create it in the tree first.',
  },
  rowBusinessLineUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '业务线“{value}”无效',
    en: 'Unknown business line “{value}”.',
  },
  rowDifficulty: {
    kind: 'BAD_REQUEST',
    'zh-CN': '难度应为 1 到 5 的整数',
    en: 'The difficulty is a whole number from 1 to 5.',
  },
  rowPoints: {
    kind: 'BAD_REQUEST',
    'zh-CN': '分值应为 0.5 到 100 之间的数',
    en: 'Points run from 0.5 to 100.',
  },
  rowAnswerRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写答案', en: 'Give the answer.' },
  rowTrueFalse: {
    kind: 'BAD_REQUEST',
    'zh-CN': '判断题的答案应为“对”或“错”',
    en: 'A true/false answer is “对” (true) or “错” (false).',
  },
  rowSingleAnswer: {
    kind: 'BAD_REQUEST',
    'zh-CN': '单选题只能有一个正确答案',
    en: 'A single-choice question has exactly one answer.',
  },
  rowDuplicateInBank: {
    kind: 'CONFLICT',
    'zh-CN': '题库中已有这道题（题型、知识点相同，题干一致），不再重复导入',
    en: 'The bank already holds this question (same type, knowledge point and stem); it is not imported again.',
  },
  rowDuplicateInFile: {
    kind: 'CONFLICT',
    'zh-CN': '与第 {row} 行是同一道题（题型、知识点相同，题干一致）',
    en: 'The same question as row {row} (same type, knowledge point and stem).',
  },
  rowInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '“{column}”列内容无效',
    en: 'The “{column}” column is not valid.',
  },
});

/** What a page registers for the bank: its refusals and the business lines' names. */
export const bankCatalogs = [bankErrors.catalog, businessLineTerms.catalog];
