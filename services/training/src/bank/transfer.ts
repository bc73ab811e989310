// The bank to and from a spreadsheet (Excel 导入导出): the template, the export of the filtered bank, and the
// import that reports every bad row — a question the bank or the file already holds among them — and writes either
// the good rows or nothing, in one transaction.
import type { ImportReport, ImportRowError, SheetFile } from '@duda/contract-kit';
import {
  bankErrors,
  IMPORT_MAX_BYTES,
  type BankFilter,
  type ImportMode,
  type QuestionContent,
} from '@duda/contract-training';
import { importWrites, rowError } from '@duda/spreadsheet';
import type { TrainingDeps } from '../deps.ts';
import { duplicateRows, questionIdentity } from '../domain/question-duplicates.ts';
import { bankCityOf, type BankCtx } from './access.ts';
import { bankWhere } from './question-list.ts';
import { currentOf } from './question-rows.ts';
import { table } from './raw-sql.ts';
import { cityPaths, createQuestionsAtOnce } from './questions.ts';
import { bankWorkbook, readBankWorkbook } from './sheet-file.ts';
import { parseRow, questionRow } from './sheet-format.ts';

const XLSX_NAME = (what: string, at: Date) => `${what}-${at.toISOString().slice(0, 10)}.xlsx`;

export async function bankTemplate(deps: TrainingDeps, ctx: BankCtx): Promise<SheetFile> {
  const paths = [...(await cityPaths(deps, await bankCityOf(deps, ctx))).values()];
  const example = questionRow(
    {
      stem: '携号转网授权码的有效期是多少天？',
      body: {
        type: 'SINGLE_CHOICE',
        options: [
          { id: 'A', text: '7 天' },
          { id: 'B', text: '15 天' },
          { id: 'C', text: '30 天' },
        ],
      },
      key: { type: 'SINGLE_CHOICE', correct: 'A' },
      businessLine: 'MOBILE',
      difficulty: 2,
      points: 2,
      source: '携号转网业务规范',
      tags: ['携号转网'],
    },
    paths.find((p) => p.includes('/')) ?? paths[0] ?? '业务知识/携号转网',
  );
  return { fileName: '题库导入模板.xlsx', base64: (await bankWorkbook([example])).toString('base64') };
}

/** The bank as the filter shows it, in the import format (so it imports again). */
export async function exportBank(deps: TrainingDeps, ctx: BankCtx, filter: BankFilter): Promise<SheetFile> {
  const cityId = await bankCityOf(deps, ctx);
  const [rows, paths] = await Promise.all([
    deps.prisma.question.findMany({
      where: await bankWhere(deps, cityId, filter),
      include: { versions: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    cityPaths(deps, cityId),
  ]);
  const sheetRows = rows.map((q) => {
    const current = currentOf(q);
    return questionRow(
      {
        stem: current.stem,
        body: current.body as unknown as QuestionContent['body'],
        key: current.answerKey as unknown as QuestionContent['key'],
        businessLine: q.businessLine as QuestionContent['businessLine'],
        difficulty: q.difficulty,
        points: current.points,
        source: q.source,
        tags: q.tags,
      },
      paths.get(q.knowledgePointId) ?? '',
    );
  });
  return {
    fileName: XLSX_NAME('题库导出', deps.now()),
    base64: (await bankWorkbook(sheetRows)).toString('base64'),
  };
}

/** What the city's bank holds now (its questions in use, by their current wording), to catch an import's repeats. */
async function bankIdentities(deps: TrainingDeps, cityId: string): Promise<Set<string>> {
  const rows = await deps.prisma.$queryRaw<{ type: string; knowledgePointId: string; stem: string }[]>`
    SELECT q.type::text AS type, q."knowledgePointId"::text AS "knowledgePointId", v.stem
    FROM ${table('Question')} q
    JOIN ${table('QuestionVersion')} v ON v."questionId" = q.id AND v.version = q."currentVersion"
    WHERE q."cityId" = ${cityId}::uuid AND q."retiredAt" IS NULL`;
  return new Set(rows.map(questionIdentity));
}

/**
 * Reads the file and checks every row. CHECK writes nothing; KEEP_VALID writes the good rows; ALL_OR_NOTHING
 * writes every row, or none when any is bad. The writes are one transaction: a failure leaves the bank as it was.
 */
export async function importBank(
  deps: TrainingDeps,
  ctx: BankCtx,
  input: { file: File; mode: ImportMode },
): Promise<ImportReport> {
  const cityId = await bankCityOf(deps, ctx);
  if (input.file.size > IMPORT_MAX_BYTES)
    throw bankErrors.importTooLarge({ max: IMPORT_MAX_BYTES / 1024 / 1024 }, 'file');
  const rows = await readBankWorkbook(new Uint8Array(await input.file.arrayBuffer()));
  const byPath = new Map([...(await cityPaths(deps, cityId))].map(([id, path]) => [path, id]));
  const good: { row: number; question: QuestionContent }[] = [];
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    const parsed = parseRow(row.cells, byPath);
    if (parsed.content) good.push({ row: row.rowNumber, question: parsed.content });
    else if (parsed.problem)
      errors.push(rowError(row.rowNumber, parsed.problem.column, parsed.problem.error));
  }
  const repeats = duplicateRows(
    await bankIdentities(deps, cityId),
    good.map(({ row, question }) => ({ row, question: { ...question, type: question.body.type } })),
  );
  for (const [row, repeat] of repeats)
    errors.push(
      rowError(
        row,
        '题干',
        repeat.of === 'bank'
          ? bankErrors.rowDuplicateInBank()
          : bankErrors.rowDuplicateInFile({ row: repeat.row }),
      ),
    );
  errors.sort((a, b) => a.row - b.row);
  const valid = good.filter(({ row }) => !repeats.has(row)).map(({ question }) => question);
  const writes = importWrites(input.mode, errors);
  if (writes && valid.length > 0) await createQuestionsAtOnce(deps, cityId, ctx.actor.personId, valid);
  return {
    mode: input.mode,
    rows: rows.length,
    valid: valid.length,
    imported: writes ? valid.length : 0,
    errors,
  };
}
