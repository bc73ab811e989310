// Bulk import of staff from Excel (批量导入人员): the template (with the codes of the units the administrator
// manages), and the import that checks every row like a person added by hand — 工号 already used or repeated
// in the file among them — and writes the good rows, or all or none, in one transaction with an audit entry
// per person.
import { randomUUID } from 'node:crypto';
import { scopeOf, type Actor } from '@duda/authz';
import type { ImportMode, ImportReport, ImportRowError, SheetFile } from '@duda/contract-kit';
import {
  orgErrors,
  PEOPLE_IMPORT_MAX_BYTES,
  PEOPLE_IMPORT_MAX_ROWS,
  PEOPLE_SHEET_HEADERS,
  peopleImportErrors as errors,
  type OrgLevel,
  type PeopleSheetHeader,
} from '@duda/contract-org';
import { importWrites, readSheetRows, rowError, templateWorkbook } from '@duda/spreadsheet';
import type { OrgDeps } from '../deps.ts';
import { passwordProblem } from '../domain/password-policy.ts';
import { hashPassword } from '../domain/passwords.ts';
import { auditEntryData } from './audit.ts';
import { assertMaySomewhere } from './guard.ts';
import {
  checkPersonRow,
  PEOPLE_SHEET_COLUMNS,
  type ImportedPerson,
  type ImportUnit,
} from './people-sheet.ts';

interface Call {
  actor: Actor;
  requestId: string;
}

const SHEET = '人员';
const LEVEL_NAME: Record<OrgLevel, string> = {
  province: '省公司',
  city: '市公司',
  district: '区县',
  hall: '营业厅',
};

/** The active units the administrator may add staff to, by code. */
async function unitsOf(deps: OrgDeps, actor: Actor): Promise<Map<string, ImportUnit & { parent: string }>> {
  const { orgNodeIds } = scopeOf(actor, 'person.manage');
  const nodes = await deps.prisma.orgNode.findMany({
    where: { id: { in: orgNodeIds }, active: true },
    include: { parent: { select: { name: true } } },
    orderBy: [{ level: 'asc' }, { code: 'asc' }],
  });
  return new Map(
    nodes.map((n) => [
      n.code,
      { id: n.id, code: n.code, name: n.name, level: n.level, parent: n.parent?.name ?? '' },
    ]),
  );
}

export async function peopleTemplate(deps: OrgDeps, actor: Actor): Promise<SheetFile> {
  assertMaySomewhere(actor, 'person.manage', orgErrors.addPersonDenied);
  const units = [...(await unitsOf(deps, actor)).values()];
  const example = PEOPLE_SHEET_COLUMNS.map((c) =>
    c.header === '单位编码'
      ? (units.find((u) => u.level === 'hall')?.code ?? c.example ?? '')
      : (c.example ?? ''),
  );
  const bytes = await templateWorkbook({
    sheet: SHEET,
    columns: PEOPLE_SHEET_COLUMNS,
    rows: [example],
    guide: {
      sheet: '说明',
      remarks: [
        `每行一人；第一行表头请勿修改；一次最多导入 ${PEOPLE_IMPORT_MAX_ROWS} 人，文件不超过 5 MB。`,
        '导入的账号用户名为工号，初始密码在导入时统一设置，首次登录须修改。',
      ],
    },
    extraSheets: [
      {
        name: '单位编码',
        columns: [
          { header: '单位编码', width: 14 },
          { header: '单位名称', width: 20 },
          { header: '层级', width: 8 },
          { header: '上级单位', width: 20 },
        ],
        rows: units.map((u) => [u.code, u.name, LEVEL_NAME[u.level], u.parent]),
      },
    ],
  });
  return { fileName: '人员导入模板.xlsx', base64: bytes.toString('base64') };
}

const cellsOf = (cells: string[]) =>
  Object.fromEntries(PEOPLE_SHEET_HEADERS.map((h, i) => [h, cells[i] ?? ''])) as Record<
    PeopleSheetHeader,
    string
  >;

/**
 * Reads the file and checks every row. CHECK writes nothing; KEEP_VALID writes the good rows; ALL_OR_NOTHING
 * writes every row, or none when any is bad. One transaction: a failure leaves the staff as they were.
 */
export async function importPeople(
  deps: OrgDeps,
  call: Call,
  input: { file: File; mode: ImportMode; initialPassword: string },
): Promise<ImportReport> {
  assertMaySomewhere(call.actor, 'person.manage', orgErrors.addPersonDenied);
  // The password's own rules first: a weak one would fail every row the same way.
  const weak = passwordProblem(
    input.initialPassword,
    { staffNo: '\u0000', username: '\u0000' },
    'initialPassword',
  );
  if (weak) throw weak;
  if (input.file.size > PEOPLE_IMPORT_MAX_BYTES)
    throw errors.tooLarge({ max: PEOPLE_IMPORT_MAX_BYTES / 1024 / 1024 }, 'file');
  const rows = await readSheetRows(new Uint8Array(await input.file.arrayBuffer()), {
    sheet: SHEET,
    headers: PEOPLE_SHEET_HEADERS,
    maxRows: PEOPLE_IMPORT_MAX_ROWS,
    errors: {
      notSpreadsheet: () => errors.notSpreadsheet({}, 'file'),
      wrongHeader: (params) => errors.wrongHeader(params, 'file'),
      empty: () => errors.empty({}, 'file'),
      tooManyRows: (params) => errors.tooManyRows(params, 'file'),
    },
  });
  const units = await unitsOf(deps, call.actor);
  const good: { row: number; person: ImportedPerson }[] = [];
  const reportErrors: ImportRowError[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, cells } of rows) {
    const checked = checkPersonRow(cellsOf(cells), { units });
    if ('problem' in checked) {
      reportErrors.push(rowError(rowNumber, checked.problem.column, checked.problem.error));
      continue;
    }
    const { person } = checked;
    const key = person.staffNo.toUpperCase();
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      reportErrors.push(
        rowError(rowNumber, '工号', errors.staffNoRepeated({ staffNo: person.staffNo, row: first })),
      );
      continue;
    }
    firstRowOf.set(key, rowNumber);
    const identity = passwordProblem(
      input.initialPassword,
      { staffNo: person.staffNo, username: person.staffNo },
      'x',
    );
    if (identity) {
      reportErrors.push(rowError(rowNumber, '工号', identity));
      continue;
    }
    good.push({ row: rowNumber, person });
  }
  const taken = new Set(
    (
      await deps.prisma.person.findMany({
        where: { staffNo: { in: good.map((g) => g.person.staffNo), mode: 'insensitive' } },
        select: { staffNo: true },
      })
    ).map((p) => p.staffNo.toUpperCase()),
  );
  const valid = good.filter(({ row, person }) => {
    if (!taken.has(person.staffNo.toUpperCase())) return true;
    reportErrors.push(rowError(row, '工号', orgErrors.staffNoTaken({ staffNo: person.staffNo })));
    return false;
  });
  reportErrors.sort((a, b) => a.row - b.row);
  const writes = importWrites(input.mode, reportErrors);
  if (writes && valid.length > 0)
    await createPeople(
      deps,
      call,
      valid.map((v) => v.person),
      input.initialPassword,
    );
  return {
    mode: input.mode,
    rows: rows.length,
    valid: valid.length,
    imported: writes ? valid.length : 0,
    errors: reportErrors,
  };
}

async function createPeople(deps: OrgDeps, call: Call, people: ImportedPerson[], initialPassword: string) {
  // One hash for the shared initial password: hashing it a thousand times would take a minute, and the accounts
  // share it by design until each person changes it at first sign-in (which is forced).
  const passwordHash = await hashPassword(initialPassword);
  const rows = people.map((p) => ({ ...p, id: randomUUID(), accountId: randomUUID() }));
  await deps.prisma.$transaction(
    async (tx) => {
      await tx.person.createMany({
        data: rows.map(({ id, staffNo, name, phone, orgNodeId, position, hireDate }) => ({
          id,
          staffNo,
          name,
          phone,
          orgNodeId,
          position,
          hireDate,
        })),
      });
      await tx.account.createMany({
        data: rows.map((r) => ({
          id: r.accountId,
          personId: r.id,
          username: r.staffNo,
          passwordHash,
          mustChangePassword: true,
        })),
      });
      await tx.roleAssignment.createMany({
        data: rows.flatMap((r) => r.roles.map((role) => ({ personId: r.id, role, orgNodeId: r.orgNodeId }))),
      });
      await tx.auditEntry.createMany({
        data: rows.map((r) =>
          auditEntryData(call.actor, call.requestId, {
            action: 'person.import',
            entityType: 'Person',
            entityId: r.id,
            after: {
              staffNo: r.staffNo,
              name: r.name,
              phone: r.phone,
              orgNodeId: r.orgNodeId,
              position: r.position,
              hireDate: r.hireDate,
              roles: r.roles.map((role) => ({ role, orgNodeId: r.orgNodeId })),
            },
          }),
        ),
      });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
