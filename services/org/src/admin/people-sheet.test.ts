// One row of the people import, checked as a person added by hand would be, column by column.
import { describe, expect, it } from 'vitest';
import { checkPersonRow, type ImportUnit } from './people-sheet.ts';

const hall: ImportUnit = { id: 'h1', code: 'HZ-SC-HB', name: '湖滨营业厅', level: 'hall' };
const units = new Map([[hall.code, hall]]);
const context = { units };
const row = (overrides: Record<string, string> = {}) => ({
  工号: 'HZ13188',
  姓名: '王小燕',
  手机: '13800001234',
  单位编码: 'HZ-SC-HB',
  岗位: '营业员（综合业务）',
  入职日期: '2024-03-01',
  角色: '营业员',
  ...overrides,
});
const problem = (overrides: Record<string, string>) => {
  const checked = checkPersonRow(row(overrides), context);
  return 'problem' in checked ? { column: checked.problem.column, code: checked.problem.error.code } : null;
};

describe('checkPersonRow', () => {
  it('reads a good row, trimming cells, roles by their Chinese name or key, each once', () => {
    expect(
      checkPersonRow(row({ 工号: ' HZ13188 ', 角色: '营业员、duty_manager，营业员', 手机: '' }), context),
    ).toEqual({
      person: {
        staffNo: 'HZ13188',
        name: '王小燕',
        phone: null,
        orgNodeId: 'h1',
        position: '营业员（综合业务）',
        hireDate: new Date(Date.UTC(2024, 2, 1)),
        roles: ['clerk', 'duty_manager'],
      },
    });
    expect(checkPersonRow(row({ 入职日期: '2024/3/1', 角色: '' }), context)).toMatchObject({
      person: { hireDate: new Date(Date.UTC(2024, 2, 1)), roles: [] },
    });
  });

  it.each([
    [{ 工号: '' }, '工号', 'org.import.required'],
    [{ 工号: 'HZ-1' }, '工号', 'org.staffNoFormat'],
    [{ 姓名: '' }, '姓名', 'org.import.required'],
    [{ 姓名: '名'.repeat(31) }, '姓名', 'org.import.tooLong'],
    [{ 手机: '1380000' }, '手机', 'org.phoneFormat'],
    [{ 单位编码: 'HZ-NOPE' }, '单位编码', 'org.import.orgUnknown'],
    [{ 岗位: '' }, '岗位', 'org.import.required'],
    [{ 入职日期: '2024-02-30' }, '入职日期', 'org.import.hireDate'],
    [{ 入职日期: '三月一日' }, '入职日期', 'org.import.hireDate'],
    [{ 角色: '店长' }, '角色', 'org.import.roleUnknown'],
    [{ 角色: '区县督导' }, '角色', 'org.roleAtWrongLevel'],
  ])('refuses %o in column %s with %s', (overrides, column, code) => {
    expect(problem(overrides)).toEqual({ column, code });
  });
});
