// The bank's spreadsheet format (题库导入模板): one row per question, the same for the template, the export and the
// import, so an exported file imports again. Pure: cells in, question content (or the row's refusal) out.
import { AppError, isAppError, knownCatalogs, messageFor } from '@duda/contract-kit';
import {
  BUSINESS_LINES,
  bankErrors,
  businessLineTerms,
  questionContent,
  questionTypeTerms,
  QUESTION_TYPES,
  validateQuestion,
  type QuestionContent,
  type QuestionType,
} from '@duda/contract-training';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

/** The columns in order, with what the 说明 sheet says of each (zh-CN: the sheet is filled in by the trainer). */
export const SHEET_COLUMNS = [
  { header: '题型', width: 10, note: '单选题、多选题、判断题、填空题、匹配题、简答题', example: '单选题' },
  {
    header: '知识点',
    width: 22,
    note: '知识点路径，层级用“/”分隔，须已在知识点树中建立',
    example: '业务知识/携号转网',
  },
  {
    header: '业务线',
    width: 12,
    note: `${BUSINESS_LINES.map((l) => businessLineTerms.catalog[`training.businessLine.${l}`]!['zh-CN']).join('、')}`,
    example: '移动业务',
  },
  { header: '难度', width: 6, note: '1（最易）到 5（最难）的整数', example: '2' },
  { header: '分值', width: 6, note: '组卷时的建议分值，0.5 到 100，默认 1', example: '2' },
  {
    header: '题干',
    width: 50,
    note: '填空题用四个及以上下划线“____”标出每个空',
    example: '携号转网授权码的有效期是多少天？',
  },
  ...OPTION_LETTERS.map((letter) => ({
    header: `选项${letter}`,
    width: 16,
    note: letter <= 'B' ? '单选、多选题的选项；匹配题的候选项（至少两个）' : '可选，按顺序填写，不要跳列',
    example: letter === 'A' ? '7 天' : letter === 'B' ? '15 天' : '',
  })),
  {
    header: '答案',
    width: 24,
    note: '单选“A”；多选“A,C”；判断“对/错”；填空各空用“|”分隔，同一空的多个可接受答案用“/”分隔，如“监护人|户口簿/户口本”；匹配题按匹配项顺序写候选项字母，用“|”分隔，如“C|A|B”；简答题为参考答案（可空）',
    example: 'A',
  },
  {
    header: '匹配项',
    width: 30,
    note: '仅匹配题：左侧各项，用“|”分隔，如“首问负责|服务用语|投诉处理”',
    example: '',
  },
  { header: '评分要点', width: 40, note: '仅简答题：阅卷评分要点（必填）', example: '' },
  { header: '来源', width: 16, note: '可选：出处，如文件名或制度名', example: '携号转网业务规范' },
  { header: '标签', width: 16, note: '可选：多个标签用逗号分隔', example: '携号转网,高频' },
  { header: '区分大小写', width: 10, note: '仅填空题：填“是”时答案区分大小写，默认不区分', example: '' },
] as const;

export const SHEET_HEADERS = SHEET_COLUMNS.map((c) => c.header);
const column = (header: string) => SHEET_HEADERS.indexOf(header as (typeof SHEET_HEADERS)[number]);

const label = (catalog: Readonly<Record<string, { 'zh-CN': string }>>, code: string) =>
  catalog[code]!['zh-CN'];
const typeLabel = (type: QuestionType) => label(questionTypeTerms.catalog, `training.questionType.${type}`);
const lineLabel = (line: string) =>
  businessLineTerms.catalog[`training.businessLine.${line}`]?.['zh-CN'] ?? line;

/** Full-width letters, digits and punctuation as half-width, spaces trimmed. */
const plain = (cell: string) => cell.normalize('NFKC').trim();
const split = (cell: string, separator: RegExp) =>
  cell
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

const TRUE_WORDS = ['对', '正确', '是', '√', 'T', 'TRUE', 'Y'];
const FALSE_WORDS = ['错', '错误', '否', '×', 'X', 'F', 'FALSE', 'N'];
const YES_WORDS = ['是', 'Y', 'YES', 'TRUE', '1'];

/** What went wrong with one row, on the column that holds the problem. */
export interface RowProblem {
  column: string;
  error: AppError;
}

class RowRefused extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.error.message);
  }
}
const refuse = (columnName: string, error: AppError): never => {
  throw new RowRefused({ column: columnName, error });
};

function parseType(cell: string): QuestionType {
  const value = plain(cell);
  const type = QUESTION_TYPES.find((t) => t === value.toUpperCase() || typeLabel(t) === value);
  return type ?? refuse('题型', bankErrors.rowTypeUnknown({ value }));
}

function parseBusinessLine(cell: string) {
  const value = plain(cell);
  const line = BUSINESS_LINES.find((l) => l === value.toUpperCase() || lineLabel(l) === value);
  return line ?? refuse('业务线', bankErrors.rowBusinessLineUnknown({ value }));
}

function parseNumber(cell: string, columnName: string, error: AppError, fallback?: number) {
  const value = plain(cell);
  if (value === '' && fallback !== undefined) return fallback;
  const number = Number(value);
  return value !== '' && Number.isFinite(number) ? number : refuse(columnName, error);
}

/** Option letters: "A,C", "A、C", "A C" or "AC". */
function letters(cell: string): string[] {
  const value = plain(cell).toUpperCase();
  return /[,、;\s]/.test(value) ? split(value, /[,、;\s]+/) : [...value];
}

function bodyAndKey(type: QuestionType, cells: readonly string[]): Pick<QuestionContent, 'body' | 'key'> {
  const cell = (header: string) => cells[column(header)] ?? '';
  const answer = cell('答案');
  const options = OPTION_LETTERS.map((letter) => ({ id: letter, text: cell(`选项${letter}`).trim() })).filter(
    (o) => o.text.length > 0,
  );
  if (type !== 'SHORT_ANSWER' && !plain(answer)) refuse('答案', bankErrors.rowAnswerRequired());
  switch (type) {
    case 'SINGLE_CHOICE': {
      const chosen = letters(answer);
      if (chosen.length !== 1) refuse('答案', bankErrors.rowSingleAnswer());
      return { body: { type, options }, key: { type, correct: chosen[0]! } };
    }
    case 'MULTIPLE_CHOICE':
      return { body: { type, options }, key: { type, correct: letters(answer) } };
    case 'TRUE_FALSE': {
      const value = plain(answer).toUpperCase();
      if (TRUE_WORDS.includes(value)) return { body: { type }, key: { type, correct: true } };
      if (FALSE_WORDS.includes(value)) return { body: { type }, key: { type, correct: false } };
      return refuse('答案', bankErrors.rowTrueFalse());
    }
    case 'FILL_IN': {
      const blanks = answer.split('|').map((blank) => split(blank, /\//));
      const caseSensitive = YES_WORDS.includes(plain(cell('区分大小写')).toUpperCase());
      return { body: { type, blanks: blanks.length }, key: { type, blanks, caseSensitive } };
    }
    case 'MATCHING': {
      const prompts = split(cell('匹配项'), /\|/).map((text, i) => ({ id: String(i + 1), text }));
      const chosen = answer.split('|').map((part) => plain(part).toUpperCase());
      const pairs = Object.fromEntries(
        prompts.flatMap((p, i) => (chosen[i] ? [[p.id, chosen[i]]] : [])),
      ) as Record<string, string>;
      return { body: { type, prompts, choices: options }, key: { type, pairs } };
    }
    case 'SHORT_ANSWER':
      return { body: { type, rubric: cell('评分要点').trim() }, key: { type, reference: answer.trim() } };
  }
}

/** Which column a field of the content comes from, for a refusal of the schema or of `validateQuestion`. */
function columnOf(field: string, type: QuestionType): string {
  const [head, second, index] = field.split('.');
  if (head === 'stem') return '题干';
  if (head === 'key') return '答案';
  if (head === 'body' && second === 'rubric') return '评分要点';
  if (head === 'body' && second === 'prompts') return '匹配项';
  if (head === 'body' && (second === 'options' || second === 'choices'))
    return index !== undefined && OPTION_LETTERS[Number(index)]
      ? `选项${OPTION_LETTERS[Number(index)]}`
      : '选项A';
  if (head === 'body') return type === 'FILL_IN' ? '答案' : '选项A';
  const names: Record<string, string> = { difficulty: '难度', points: '分值', source: '来源', tags: '标签' };
  return names[head ?? ''] ?? '题型';
}

/** A schema refusal with one of the catalogs' codes as its message keeps that code; any other is `rowInvalid`. */
function issueError(message: string, columnName: string): AppError {
  const worded = messageFor(knownCatalogs(), message, {}, 'zh-CN');
  return worded === null || message.startsWith('zod.')
    ? bankErrors.rowInvalid({ column: columnName })
    : new AppError('BAD_REQUEST', message, {}, worded);
}

export interface ParsedRow {
  content?: QuestionContent;
  problem?: RowProblem;
}

/**
 * One row as question content, or why not. `knowledgePointByPath` holds the city's tree (path → id); a refusal of
 * the schema names the column and, when the schema's own code is one of ours, that code.
 */
export function parseRow(
  cells: readonly string[],
  knowledgePointByPath: ReadonlyMap<string, string>,
): ParsedRow {
  const cell = (header: string) => cells[column(header)] ?? '';
  try {
    const type = parseType(cell('题型'));
    const path = split(plain(cell('知识点')), /\//).join('/');
    const knowledgePointId =
      knowledgePointByPath.get(path) ?? refuse('知识点', bankErrors.rowKnowledgePointUnknown({ path }));
    const candidate = {
      stem: cell('题干').trim(),
      ...bodyAndKey(type, cells),
      knowledgePointId,
      businessLine: parseBusinessLine(cell('业务线')),
      difficulty: parseNumber(cell('难度'), '难度', bankErrors.rowDifficulty()),
      points: parseNumber(cell('分值'), '分值', bankErrors.rowPoints(), 1),
      source: cell('来源').trim(),
      tags: [...new Set(split(cell('标签'), /[,，、;；]/))],
    };
    const parsed = questionContent.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const columnName = columnOf(issue.path.join('.'), type);
      if (columnName === '难度')
        return { problem: { column: columnName, error: bankErrors.rowDifficulty() } };
      if (columnName === '分值') return { problem: { column: columnName, error: bankErrors.rowPoints() } };
      return { problem: { column: columnName, error: issueError(issue.message, columnName) } };
    }
    validateQuestion(parsed.data);
    return { content: parsed.data };
  } catch (error) {
    if (error instanceof RowRefused) return { problem: error.problem };
    if (isAppError(error))
      return { problem: { column: columnOf(error.field ?? '', parseTypeOrSingle(cell('题型'))), error } };
    throw error;
  }
}

const parseTypeOrSingle = (cell: string): QuestionType =>
  QUESTION_TYPES.find((t) => typeLabel(t) === plain(cell) || t === plain(cell).toUpperCase()) ??
  'SINGLE_CHOICE';

/** A question as a row of the sheet (export): options lettered by position, the key in the same letters. */
export function questionRow(
  content: Pick<
    QuestionContent,
    'stem' | 'body' | 'key' | 'businessLine' | 'difficulty' | 'points' | 'source' | 'tags'
  >,
  knowledgePointPath: string,
): string[] {
  const row: string[] = SHEET_HEADERS.map(() => '');
  const set = (header: string, value: string) => (row[column(header)] = value);
  const { body, key } = content;
  set('题型', typeLabel(body.type));
  set('知识点', knowledgePointPath);
  set('业务线', lineLabel(content.businessLine));
  set('难度', String(content.difficulty));
  set('分值', String(content.points));
  set('题干', content.stem);
  set('来源', content.source);
  set('标签', content.tags.join(','));
  const letterOf = (ids: readonly string[], id: string) => OPTION_LETTERS[ids.indexOf(id)] ?? id;
  if (body.type === 'SINGLE_CHOICE' || body.type === 'MULTIPLE_CHOICE' || body.type === 'MATCHING') {
    const options = body.type === 'MATCHING' ? body.choices : body.options;
    options.forEach((o, i) => OPTION_LETTERS[i] && set(`选项${OPTION_LETTERS[i]}`, o.text));
    const ids = options.map((o) => o.id);
    if (key.type === 'SINGLE_CHOICE') set('答案', letterOf(ids, key.correct));
    if (key.type === 'MULTIPLE_CHOICE')
      set(
        '答案',
        key.correct
          .map((id) => letterOf(ids, id))
          .sort()
          .join(','),
      );
    if (body.type === 'MATCHING' && key.type === 'MATCHING') {
      set('匹配项', body.prompts.map((p) => p.text).join('|'));
      set('答案', body.prompts.map((p) => letterOf(ids, key.pairs[p.id] ?? '')).join('|'));
    }
  }
  if (key.type === 'TRUE_FALSE') set('答案', key.correct ? '对' : '错');
  if (key.type === 'FILL_IN') {
    set('答案', key.blanks.map((answers) => answers.join('/')).join('|'));
    if (key.caseSensitive) set('区分大小写', '是');
  }
  if (body.type === 'SHORT_ANSWER' && key.type === 'SHORT_ANSWER') {
    set('评分要点', body.rubric);
    set('答案', key.reference);
  }
  return row;
}
