// The satisfaction import's template columns and the check of its rows (pure): each row is a hall's rate, or a
// person's when it names a 工号 (then it counts for that person instead of the hall's); a bad row is reported
// with its column and why, so the supervisor can fix the file.
import type { AppError } from '@duda/contract-kit';
import { importsErrors as errors, type SatisfactionSheetHeader } from '@duda/contract-performance';
import type { SheetColumn } from '@duda/spreadsheet';

export const SATISFACTION_SHEET_COLUMNS: readonly (SheetColumn & { header: SatisfactionSheetHeader })[] = [
  { header: '营业厅编码', width: 14, note: '必填，见“营业厅”表', example: 'HZ-SC-01' },
  { header: '营业厅名称', width: 18, note: '便于核对，导入时不读取', example: '湖滨营业厅' },
  { header: '工号', width: 12, note: '留空为营业厅的满意率；填写则为该员工本人的满意率', example: '' },
  { header: '姓名', width: 10, note: '便于核对，导入时不读取', example: '' },
  { header: '满意率(%)', width: 12, note: '0–100 之间的数，如 96.5', example: '96.5' },
  { header: '样本数', width: 10, note: '短信调查回复数，可不填', example: '120' },
];

export interface SheetHall {
  id: string;
  code: string;
  name: string;
}
export interface SheetPerson {
  id: string;
  staffNo: string;
  name: string;
  hallId: string;
}

export interface SatisfactionRow {
  hall: SheetHall;
  person: SheetPerson | null;
  rate: number;
  responses: number | null;
}

export type RowCheck = { row: SatisfactionRow } | { problem: { column: string; error: AppError } };

const problem = (column: SatisfactionSheetHeader, error: AppError): RowCheck => ({
  problem: { column, error },
});

/** A percent as people type it: `96.5`, `96.5%`, with a full-width ％ or spaces. */
function rateOf(text: string): number | null {
  const cleaned = text.replace(/[%％\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const rate = Number(cleaned);
  return rate <= 100 ? rate : null;
}

export function checkSatisfactionRow(
  cells: Record<SatisfactionSheetHeader, string>,
  known: { halls: ReadonlyMap<string, SheetHall>; people: ReadonlyMap<string, SheetPerson> },
): RowCheck {
  const code = cells['营业厅编码'].trim();
  const hall = known.halls.get(code.toUpperCase());
  if (!hall) return problem('营业厅编码', errors.hallUnknown({ code }));
  const staffNo = cells['工号'].trim();
  let person: SheetPerson | null = null;
  if (staffNo) {
    person = known.people.get(staffNo.toUpperCase()) ?? null;
    if (!person || person.hallId !== hall.id) return problem('工号', errors.staffNoUnknown({ staffNo }));
  }
  const rate = rateOf(cells['满意率(%)']);
  if (rate === null) return problem('满意率(%)', errors.rate({ value: cells['满意率(%)'].trim() }));
  const responsesText = cells['样本数'].trim();
  const responses = responsesText === '' ? null : Number(responsesText);
  if (responses !== null && !(Number.isInteger(responses) && responses >= 0))
    return problem('样本数', errors.responses({ value: responsesText }));
  return { row: { hall, person, rate, responses } };
}

/** What makes two rows the same: one per hall, one per person. */
export const subjectKey = (row: SatisfactionRow) =>
  row.person ? `person:${row.person.id}` : `hall:${row.hall.id}`;
