import { describe, expect, it } from 'vitest';
import { checkSatisfactionRow, subjectKey } from './satisfaction-sheet.ts';

const hubin = { id: 'h1', code: 'HZ-SC-01', name: '湖滨营业厅' };
const wulin = { id: 'h2', code: 'HZ-XH-01', name: '武林营业厅' };
const zhao = { id: 'p1', staffNo: 'HZ10103', name: '赵雪', hallId: 'h1' };
const known = {
  halls: new Map([hubin, wulin].map((hall) => [hall.code, hall])),
  people: new Map([[zhao.staffNo, zhao]]),
};
const cells = (over: Partial<Record<string, string>>) => ({
  营业厅编码: 'HZ-SC-01',
  营业厅名称: '',
  工号: '',
  姓名: '',
  '满意率(%)': '96.5',
  样本数: '',
  ...over,
});
const codeOf = (check: ReturnType<typeof checkSatisfactionRow>) =>
  'problem' in check ? [check.problem.column, check.problem.error.code] : null;

describe('a satisfaction row', () => {
  it('is a hall’s rate, or a person’s of that hall', () => {
    expect(checkSatisfactionRow(cells({ 样本数: '120' }), known)).toEqual({
      row: { hall: hubin, person: null, rate: 96.5, responses: 120 },
    });
    const own = checkSatisfactionRow(
      cells({ 营业厅编码: 'hz-sc-01', 工号: 'hz10103', '满意率(%)': '98%' }),
      known,
    );
    expect(own).toEqual({ row: { hall: hubin, person: zhao, rate: 98, responses: null } });
    expect(subjectKey((own as { row: never }).row)).toBe('person:p1');
  });

  it('names the column and why it is refused', () => {
    expect(codeOf(checkSatisfactionRow(cells({ 营业厅编码: 'XX-01' }), known))).toEqual([
      '营业厅编码',
      'performance.imports.hallUnknown',
    ]);
    // 赵雪 works in 湖滨, not 武林.
    expect(codeOf(checkSatisfactionRow(cells({ 营业厅编码: 'HZ-XH-01', 工号: 'HZ10103' }), known))).toEqual([
      '工号',
      'performance.imports.staffNoUnknown',
    ]);
    for (const rate of ['', '101', '-3', '九十', '96,5'])
      expect(codeOf(checkSatisfactionRow(cells({ '满意率(%)': rate }), known))).toEqual([
        '满意率(%)',
        'performance.imports.rate',
      ]);
    for (const responses of ['1.5', '-1', '很多'])
      expect(codeOf(checkSatisfactionRow(cells({ 样本数: responses }), known))).toEqual([
        '样本数',
        'performance.imports.responses',
      ]);
  });
});
