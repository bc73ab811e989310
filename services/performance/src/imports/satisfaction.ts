// 满意率导入: the city supervisor's template (with the city's halls and their codes), the import — CHECK reports
// every bad row and writes nothing; KEEP_VALID keeps the good rows; ALL_OR_NOTHING writes only a clean file — and
// the month's history. A new import of a month replaces the one in force, which is kept with its rows. A signed-off
// month takes none (its figures are final).
import type { ImportMode, ImportReport, ImportRowError, SheetFile } from '@duda/contract-kit';
import {
  importsErrors as errors,
  SATISFACTION_IMPORT_MAX_BYTES,
  SATISFACTION_IMPORT_MAX_ROWS,
  SATISFACTION_SHEET_HEADERS,
  type SatisfactionImportView,
  type SatisfactionSheetHeader,
} from '@duda/contract-performance';
import { assertCan } from '@duda/service-kit';
import { importWrites, readSheetRows, rowError, templateWorkbook } from '@duda/spreadsheet';
import type { PerformanceDeps } from '../deps.ts';
import type { PerformancePrisma } from '../prisma.ts';
import { cityOf, hallsInScope, peopleWithRole, type Ctx, type OrgHall } from '../ports/org-directory.ts';
import { openMonthOrFail } from '../scorecards/write.ts';
import type { ImportedRate } from './satisfaction-figures.ts';
import {
  checkSatisfactionRow,
  SATISFACTION_SHEET_COLUMNS,
  subjectKey,
  type SatisfactionRow,
  type SheetHall,
  type SheetPerson,
} from './satisfaction-sheet.ts';

const SHEET = '满意率';

async function cityManaged(deps: PerformanceDeps, ctx: Ctx) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.month.run', { orgNodeId: city.id }, errors.denied);
  return city;
}

/** The city's halls by code (upper case, as the check compares), and the people its schemes score by 工号. */
async function knownOf(deps: PerformanceDeps, ctx: Ctx, cityId: string) {
  // org.halls answers each hall's code with the rest of the node (directory/views.ts in org).
  const halls = (await hallsInScope(deps.org, ctx)) as (OrgHall & { code: string })[];
  const people: SheetPerson[] = [];
  for (const role of ['hall_manager', 'clerk'] as const)
    for (const person of await peopleWithRole(deps.org, ctx, cityId, role))
      people.push({ id: person.id, staffNo: person.staffNo, name: person.name, hallId: person.orgNodeId });
  return {
    halls: new Map<string, SheetHall>(halls.map((h) => [h.code.toUpperCase(), h])),
    people: new Map(people.map((p) => [p.staffNo.toUpperCase(), p])),
  };
}

export async function satisfactionTemplate(deps: PerformanceDeps, ctx: Ctx): Promise<SheetFile> {
  const city = await cityManaged(deps, ctx);
  const { halls } = await knownOf(deps, ctx, city.id);
  const bytes = await templateWorkbook({
    sheet: SHEET,
    columns: SATISFACTION_SHEET_COLUMNS,
    rows: [SATISFACTION_SHEET_COLUMNS.map((c) => c.example ?? '')],
    guide: {
      sheet: '说明',
      remarks: [
        `每行一个营业厅或一名员工；第一行表头请勿修改；一次最多 ${SATISFACTION_IMPORT_MAX_ROWS} 行，文件不超过 5 MB。`,
        '员工本人有满意率时按本人计分，否则按所在营业厅的满意率计分。',
        '再次导入同一月份会替换该月之前的导入（之前的导入保留在记录中）；重新计算本月后计入考核表。',
      ],
    },
    extraSheets: [
      {
        name: '营业厅',
        columns: [
          { header: '营业厅编码', width: 14 },
          { header: '营业厅名称', width: 20 },
        ],
        rows: [...halls.values()].map((h) => [h.code, h.name]),
      },
    ],
  });
  return { fileName: '满意率导入模板.xlsx', base64: bytes.toString('base64') };
}

/** The file's name as the history shows it: PostgreSQL keeps no NUL or lone surrogate, and a name is no essay. */
const fileNameOf = (input: { file: File; month: string }) =>
  Array.from(input.file.name)
    .filter((char) => {
      const code = char.codePointAt(0)!;
      return code >= 0x20 && (code < 0xd800 || code > 0xdfff);
    })
    .join('')
    .slice(0, 200) || `${input.month}满意率.xlsx`;

const cellsOf = (cells: string[]) =>
  Object.fromEntries(SATISFACTION_SHEET_HEADERS.map((h, i) => [h, cells[i] ?? ''])) as Record<
    SatisfactionSheetHeader,
    string
  >;

export async function importSatisfaction(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: { file: File; mode: ImportMode; month: string },
): Promise<ImportReport> {
  const city = await cityManaged(deps, ctx);
  if (input.file.size > SATISFACTION_IMPORT_MAX_BYTES)
    throw errors.tooLarge({ max: SATISFACTION_IMPORT_MAX_BYTES / 1024 / 1024 }, 'file');
  const rows = await readSheetRows(new Uint8Array(await input.file.arrayBuffer()), {
    sheet: SHEET,
    headers: SATISFACTION_SHEET_HEADERS,
    maxRows: SATISFACTION_IMPORT_MAX_ROWS,
    errors: {
      notSpreadsheet: () => errors.notSpreadsheet({}, 'file'),
      wrongHeader: (params) => errors.wrongHeader(params, 'file'),
      empty: () => errors.empty({}, 'file'),
      tooManyRows: (params) => errors.tooManyRows(params, 'file'),
    },
  });
  const known = await knownOf(deps, ctx, city.id);
  const good: { row: number; figure: SatisfactionRow }[] = [];
  const reportErrors: ImportRowError[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, cells } of rows) {
    const checked = checkSatisfactionRow(cellsOf(cells), known);
    if ('problem' in checked) {
      reportErrors.push(rowError(rowNumber, checked.problem.column, checked.problem.error));
      continue;
    }
    const key = subjectKey(checked.row);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      const column = checked.row.person ? '工号' : '营业厅编码';
      reportErrors.push(rowError(rowNumber, column, errors.repeated({ row: first })));
      continue;
    }
    firstRowOf.set(key, rowNumber);
    good.push({ row: rowNumber, figure: checked.row });
  }
  const writes = importWrites(input.mode, reportErrors) && good.length > 0;
  if (writes)
    await storeImport(deps, ctx, { cityId: city.id, month: input.month, fileName: fileNameOf(input), good });
  return {
    mode: input.mode,
    rows: rows.length,
    valid: good.length,
    imported: writes ? good.length : 0,
    errors: reportErrors,
  };
}

async function storeImport(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: {
    cityId: string;
    month: string;
    fileName: string;
    good: { row: number; figure: SatisfactionRow }[];
  },
) {
  const now = deps.now();
  await deps.prisma.$transaction(async (tx) => {
    // Under the month's lock: a sign-off and an import never interleave, and a signed-off month refuses.
    await openMonthOrFail(tx, input.cityId, input.month);
    await tx.satisfactionImport.updateMany({
      where: { cityId: input.cityId, month: input.month, replacedAt: null },
      data: { replacedAt: now },
    });
    await tx.satisfactionImport.create({
      data: {
        cityId: input.cityId,
        month: input.month,
        fileName: input.fileName,
        importedAt: now,
        importedById: ctx.actor.personId,
        importedByName: ctx.actor.name,
        figures: {
          create: input.good.map(({ row, figure }) => ({
            row,
            hallId: figure.hall.id,
            hallName: figure.hall.name,
            personId: figure.person?.id ?? null,
            personName: figure.person?.name ?? null,
            staffNo: figure.person?.staffNo ?? null,
            rate: figure.rate,
            responses: figure.responses,
          })),
        },
      },
    });
  });
}

export async function satisfactionHistory(
  deps: PerformanceDeps,
  ctx: Ctx,
  month: string,
): Promise<SatisfactionImportView[]> {
  const city = await cityManaged(deps, ctx);
  const imports = await deps.prisma.satisfactionImport.findMany({
    where: { cityId: city.id, month },
    // The one in force first, then the replaced ones, latest first.
    orderBy: [{ replacedAt: { sort: 'desc', nulls: 'first' } }, { importedAt: 'desc' }],
    include: { _count: { select: { figures: true } } },
  });
  return imports.map((one) => ({
    id: one.id,
    month: one.month,
    fileName: one.fileName,
    importedAt: one.importedAt,
    importedByName: one.importedByName,
    rows: one._count.figures,
    replacedAt: one.replacedAt,
  }));
}

/** The rates of the month's import in force, for the monthly run; null when the month has none. */
export async function satisfactionInForce(
  prisma: PerformancePrisma,
  cityId: string,
  month: string,
): Promise<ImportedRate[] | null> {
  const current = await prisma.satisfactionImport.findFirst({
    where: { cityId, month, replacedAt: null },
    include: { figures: true },
  });
  if (!current) return null;
  return current.figures.map((figure) => ({
    importId: current.id,
    fileName: current.fileName,
    row: figure.row,
    hallId: figure.hallId,
    hallName: figure.hallName,
    personId: figure.personId,
    personName: figure.personName,
    rate: figure.rate,
  }));
}

export const satisfactionImported = async (prisma: PerformancePrisma, cityId: string, month: string) =>
  (await prisma.satisfactionImport.count({ where: { cityId, month, replacedAt: null } })) > 0;
