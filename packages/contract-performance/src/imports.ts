// `performance.imports`: the satisfaction rate (满意率) of the SMS survey, imported from Excel per hall (and per
// person where the survey names them) for a month. The supervisor downloads the template, checks a file (CHECK: a
// report naming each bad row and why), then keeps the good rows or all or nothing; a new import of the month
// replaces the one in force, which stays in the history. The monthly run reads the one in force.
import { sheetImportForm } from '@duda/contract-kit';
import { MONTH_KEY_PATTERN } from '@duda/month';
import { z } from 'zod';
import { importsErrors } from './imports-errors.ts';
import { monthInput } from './library.ts';

export const SATISFACTION_IMPORT_MAX_ROWS = 5000;
export const SATISFACTION_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The template's columns in order; 工号 empty means the row is the hall's rate. */
export const SATISFACTION_SHEET_HEADERS = [
  '营业厅编码',
  '营业厅名称',
  '工号',
  '姓名',
  '满意率(%)',
  '样本数',
] as const;
export type SatisfactionSheetHeader = (typeof SATISFACTION_SHEET_HEADERS)[number];

/** One import of a month, as the history lists it. */
export interface SatisfactionImportView {
  id: string;
  month: string;
  fileName: string;
  importedAt: Date;
  importedByName: string;
  rows: number;
  /** When a later import of the month replaced it; null for the one in force. */
  replacedAt: Date | null;
}

export const importsInputs = {
  /** The template, with the city's halls to copy codes from. */
  satisfactionTemplate: z.object({}).default({}),
  /** Multipart: the .xlsx `file`, the `mode` (CHECK previews) and the `month` it holds. */
  satisfaction: sheetImportForm(importsErrors, (form, issue) => {
    const month = form.get('month');
    if (typeof month !== 'string' || !MONTH_KEY_PATTERN.test(month))
      issue('month', importsErrors.monthRequired.code);
    return { month: String(month ?? '') };
  }),
  /** The month's imports, the one in force first. */
  satisfactionHistory: z.object({ month: monthInput }),
};
