// Bulk import of 1,000 people with 3 bad rows: the check reports the 3 by row and writes nothing; all-or-nothing
// writes nothing; keeping the good rows writes the 997, each with a login that must change its password, roles
// and an audit entry. The template lists only the units the administrator manages.
import { templateWorkbook } from '@duda/spreadsheet';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';
import { PEOPLE_SHEET_COLUMNS } from './people-sheet.ts';

const INITIAL = 'Start2026x';

const upload = async (rows: string[][], mode: string, initialPassword = INITIAL) => {
  const form = new FormData();
  const bytes = await templateWorkbook({ sheet: '人员', columns: PEOPLE_SHEET_COLUMNS, rows });
  form.set('file', new File([new Uint8Array(bytes)], 'people.xlsx'));
  form.set('mode', mode);
  form.set('initialPassword', initialPassword);
  return form;
};

describe('bulk import of people (批量导入人员)', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  const thousand = () => {
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const n = String(i).padStart(4, '0');
      return [`IM${n}`, `导入员工${n}`, '', 'HZ-SC-01', '营业员（综合业务）', '2025-07-01', '营业员'];
    });
    rows[99]![1] = ''; // row 101: no name
    rows[499]![3] = 'HZ-NOWHERE'; // row 501: unknown unit
    rows[899]![0] = 'IM0010'; // row 901: repeats row 12
    return rows;
  };

  it('checks 1,000 rows, reports the 3 bad ones by row, and writes nothing unless told to keep the good ones', async () => {
    const admin = await f.callerOf('admin');
    const before = await f.org.prisma.person.count();
    const check = await admin.admin.importPeople(await upload(thousand(), 'CHECK'));
    expect(check).toMatchObject({ mode: 'CHECK', rows: 1000, valid: 997, imported: 0 });
    expect(check.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [101, '姓名', 'org.import.required'],
      [501, '单位编码', 'org.import.orgUnknown'],
      [901, '工号', 'org.import.staffNoRepeated'],
    ]);
    expect(check.errors[2]!.message).toEqual({
      'zh-CN': '工号 IM0010 与第 12 行重复',
      en: 'Staff ID IM0010 repeats row 12.',
    });
    const none = await admin.admin.importPeople(await upload(thousand(), 'ALL_OR_NOTHING'));
    expect(none).toMatchObject({ imported: 0, valid: 997 });
    expect(await f.org.prisma.person.count()).toBe(before);

    const kept = await admin.admin.importPeople(await upload(thousand(), 'KEEP_VALID'));
    expect(kept).toMatchObject({ imported: 997, valid: 997 });
    expect(await f.org.prisma.person.count()).toBe(before + 997);
    const one = await f.org.prisma.person.findUniqueOrThrow({
      where: { staffNo: 'IM0042' },
      include: { account: true, assignments: true },
    });
    expect(one).toMatchObject({
      name: '导入员工0042',
      account: { username: 'IM0042', mustChangePassword: true },
      assignments: [{ role: 'clerk', orgNodeId: f.seeded.districts[0]!.halls[0]!.id }],
    });
    expect(await f.org.prisma.auditEntry.count({ where: { action: 'person.import' } })).toBe(997);
    const signedIn = await f.contextOf('IM0042', INITIAL);
    expect(signedIn.passwordChangeRequired).toBe(true);

    // The same file again: every good row's 工号 is now taken.
    const again = await admin.admin.importPeople(await upload(thousand(), 'CHECK'));
    expect(again.valid).toBe(0);
    expect(again.errors.filter((e) => e.code === 'org.staffNoTaken')).toHaveLength(997);
  }, 120_000);

  it('refuses a weak password, a file that is not the template, and anyone who may not add staff', async () => {
    const admin = await f.callerOf('admin');
    const row = ['IX0001', '甲', '', 'HZ-SC-01', '营业员', '2025-07-01', ''];
    await expect(admin.admin.importPeople(await upload([row], 'CHECK', 'short'))).rejects.toMatchObject({
      cause: { code: 'org.passwordTooShort' },
    });
    const form = await upload([row], 'CHECK');
    form.set('file', new File([new TextEncoder().encode('工号,姓名')], 'people.csv'));
    await expect(admin.admin.importPeople(form)).rejects.toMatchObject({
      cause: { code: 'org.import.notSpreadsheet' },
    });
    const clerk = await f.callerOf('hubin.clerk');
    await expect(clerk.admin.importPeople(await upload([row], 'KEEP_VALID'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(clerk.admin.peopleTemplate()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.org.prisma.person.count({ where: { staffNo: 'IX0001' } })).toBe(0);
  });

  it('lets a district administrator import into the district only, and lists only its units in the template', async () => {
    const admin = await f.callerOf('admin');
    const district = f.seeded.districts[1]!;
    await admin.admin.createPerson({
      staffNo: 'HZ16666',
      name: '西湖管理员',
      phone: null,
      orgNodeId: district.id,
      position: '系统管理员',
      hireDate: new Date('2026-01-05'),
      roles: [{ role: 'admin', orgNodeId: district.id }],
      initialPassword: DEMO_PASSWORD,
    });
    await f.org.prisma.account.update({
      where: { username: 'HZ16666' },
      data: { mustChangePassword: false },
    });
    const districtAdmin = await f.callerOf('HZ16666');
    const report = await districtAdmin.admin.importPeople(
      await upload(
        [
          ['IX0101', '乙', '', 'HZ-SC-01', '营业员', '2025-07-01', ''],
          ['IX0102', '丙', '', 'HZ-XH-01', '营业员', '2025-07-01', '营业员'],
        ],
        'KEEP_VALID',
      ),
    );
    // Another district's hall is no unit of theirs: to them it is as unknown as a made-up code.
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[2, 'org.import.orgUnknown']]);
    expect(report.imported).toBe(1);

    const template = await districtAdmin.admin.peopleTemplate();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer);
    const codes = book.getWorksheet('单位编码')!.getColumn(1).values.slice(2);
    expect(codes).toContain('HZ-XH-01');
    expect(codes.every((code) => String(code).startsWith('HZ-XH'))).toBe(true);
  });
});
