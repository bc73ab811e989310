import { describe, expect, it } from 'vitest';
import { satisfactionLookup } from './satisfaction-figures.ts';

const row = { importId: 'i1', fileName: '11月满意率.xlsx', hallName: '湖滨营业厅', personName: null };
const lookup = satisfactionLookup([
  { ...row, row: 2, hallId: 'h1', personId: null, rate: 95 },
  { ...row, row: 3, hallId: 'h1', personId: 'p1', personName: '赵雪', rate: 98.5 },
]);

describe('a person’s imported satisfaction rate', () => {
  it('is their own row when the survey named them, with the file and row as evidence', () => {
    expect(lookup({ id: 'p1', hallId: 'h1' })).toEqual({
      value: 98.5,
      evidence: [
        { kind: 'IMPORT', id: 'i1', title: '11月满意率.xlsx 第 3 行（赵雪）', figure: 98.5, link: null },
      ],
    });
  });

  it('is their hall’s otherwise, and none for a hall the file leaves out', () => {
    expect(lookup({ id: 'p2', hallId: 'h1' })).toMatchObject({
      value: 95,
      evidence: [{ title: '11月满意率.xlsx 第 2 行（湖滨营业厅）' }],
    });
    expect(lookup({ id: 'p3', hallId: 'h2' })).toEqual({ value: null, evidence: [] });
  });
});
