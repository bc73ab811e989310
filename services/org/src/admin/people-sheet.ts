// The people import's template and the check of one row (pure): a row is refused for what a person added by
// hand would be refused for, worded for the column it is in, so the administrator can fix the file.
import { ROLE_LEVEL, ROLES, type OrgLevel, type Role } from '@duda/authz';
import type { AppError } from '@duda/contract-kit';
import {
  orgErrors,
  orgLevelTerms,
  peopleImportErrors as errors,
  roleTerms,
  type PeopleSheetHeader,
} from '@duda/contract-org';
import type { SheetColumn } from '@duda/spreadsheet';

const ROLE_LABEL = Object.fromEntries(
  ROLES.map((r) => [r, roleTerms.catalog[`org.role.${r}`]!['zh-CN']]),
) as Record<Role, string>;
const ROLE_BY_WORD = new Map<string, Role>(
  ROLES.flatMap((r) => [[r, r] as const, [ROLE_LABEL[r], r] as const]),
);

export const PEOPLE_SHEET_COLUMNS: readonly (SheetColumn & { header: PeopleSheetHeader })[] = [
  { header: '工号', width: 12, note: '4–20 位字母或数字，全省唯一；也是登录用户名', example: 'HZ13188' },
  { header: '姓名', width: 10, note: '必填，最多 30 字', example: '王小燕' },
  { header: '手机', width: 14, note: '11 位手机号，可不填', example: '13800001234' },
  { header: '单位编码', width: 14, note: '所在营业厅或机构的编码，见“单位编码”表', example: 'HZ-SC-01' },
  { header: '岗位', width: 18, note: '必填，最多 30 字', example: '营业员（综合业务）' },
  { header: '入职日期', width: 12, note: '写成 2024-03-01', example: '2024-03-01' },
  {
    header: '角色',
    width: 18,
    note: `可不填；多个用“、”分隔，授予在其所在单位：${ROLES.map((r) => ROLE_LABEL[r]).join('、')}`,
    example: '营业员',
  },
];

export interface ImportUnit {
  id: string;
  code: string;
  name: string;
  level: OrgLevel;
}

export interface ImportedPerson {
  staffNo: string;
  name: string;
  phone: string | null;
  orgNodeId: string;
  position: string;
  hireDate: Date;
  roles: Role[];
}

export interface RowProblem {
  column: PeopleSheetHeader;
  error: AppError;
}

type Cells = Record<PeopleSheetHeader, string>;

function hireDate(value: string): Date | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1950 && year <= 2100 ? date : null;
}

/** The row as a person to create, or the first thing wrong with it, column by column as the sheet reads. */
export function checkPersonRow(
  cells: Cells,
  context: {
    /** The active units the administrator may add staff to, by code: any other code is unknown to them. */
    units: ReadonlyMap<string, ImportUnit>;
  },
): { person: ImportedPerson } | { problem: RowProblem } {
  const v = Object.fromEntries(Object.entries(cells).map(([k, x]) => [k, x.trim()])) as Cells;
  const fail = (column: PeopleSheetHeader, error: AppError) => ({ problem: { column, error } });
  const filled = (column: PeopleSheetHeader, max: number) =>
    !v[column]
      ? errors.required({ column })
      : v[column].length > max
        ? errors.tooLong({ column, max })
        : null;

  if (!v.工号) return fail('工号', errors.required({ column: '工号' }));
  if (!/^[A-Za-z0-9]{4,20}$/.test(v.工号)) return fail('工号', orgErrors.staffNoFormat());
  const nameProblem = filled('姓名', 30);
  if (nameProblem) return fail('姓名', nameProblem);
  if (v.手机 && !/^1\d{10}$/.test(v.手机)) return fail('手机', orgErrors.phoneFormat());
  if (!v.单位编码) return fail('单位编码', errors.required({ column: '单位编码' }));
  const unit = context.units.get(v.单位编码);
  if (!unit) return fail('单位编码', errors.orgUnknown({ code: v.单位编码 }));
  const positionProblem = filled('岗位', 30);
  if (positionProblem) return fail('岗位', positionProblem);
  if (!v.入职日期) return fail('入职日期', errors.required({ column: '入职日期' }));
  const hired = hireDate(v.入职日期);
  if (!hired) return fail('入职日期', errors.hireDate({ value: v.入职日期 }));
  const roles: Role[] = [];
  for (const word of v.角色.split(/[、,，;；\s]+/).filter(Boolean)) {
    const role = ROLE_BY_WORD.get(word);
    if (!role)
      return fail('角色', errors.roleUnknown({ value: word, roles: Object.values(ROLE_LABEL).join('、') }));
    const level = ROLE_LEVEL[role];
    if (level && level !== unit.level)
      return fail(
        '角色',
        orgErrors.roleAtWrongLevel({ role: roleTerms.term(role), level: orgLevelTerms.term(level) }),
      );
    if (!roles.includes(role)) roles.push(role);
  }
  return {
    person: {
      staffNo: v.工号,
      name: v.姓名,
      phone: v.手机 || null,
      orgNodeId: unit.id,
      position: v.岗位,
      hireDate: hired,
      roles,
    },
  };
}
