import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('the audit log exported as the admin filtered it', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  it('writes the filtered entries with who, what, the object and before/after, in China time', async () => {
    const admin = await f.callerOf('admin');
    const clerk = f.seeded.demoPeople['hubin.clerk']!.id;
    await admin.admin.updatePerson({ id: clerk, position: '营业员（受理）' });
    await admin.admin.resetPassword({ personId: clerk });

    const file = await admin.admin.auditExport({ action: 'person.update' });
    expect(file).toMatchObject({
      rows: 1,
      matched: 1,
      fileName: expect.stringMatching(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('审计日志')!;
    expect(sheet.rowCount).toBe(2);
    const [, at, actor, action, type, id, before, after] = sheet.getRow(2).values as string[];
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect([actor, action, type, id]).toEqual(['陈立新', 'person.update', 'Person', clerk]);
    expect(JSON.parse(before!)).toMatchObject({ position: '营业员（综合业务）' });
    expect(JSON.parse(after!)).toMatchObject({ position: '营业员（受理）' });
  });

  it('writes nothing a supervisor may not read', async () => {
    const supervisor = await f.callerOf('city.sup');
    expect(await supervisor.admin.auditExport({})).toMatchObject({ rows: 0, matched: 0 });
  });
});
