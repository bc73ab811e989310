// One way to import rows from a spreadsheet (Excel 导入), whatever the rows are (questions, people…): the file
// is checked first and every bad row reported with its reason in both languages; then the good rows are kept,
// or all rows or none — the importer chooses. The writes are one transaction in the owning service.
import { formDataInput } from './form-data.ts';

/** CHECK writes nothing; KEEP_VALID writes the good rows; ALL_OR_NOTHING writes every row, or none when any is bad. */
export const IMPORT_MODES = ['CHECK', 'KEEP_VALID', 'ALL_OR_NOTHING'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** A bad row, worded in both languages for the report. */
export interface ImportRowError {
  /** As Excel numbers it (the header is row 1). */
  row: number;
  /** The column's header as the template names it. */
  column: string;
  code: string;
  message: { 'zh-CN': string; en: string };
}

export interface ImportReport {
  mode: ImportMode;
  rows: number;
  valid: number;
  imported: number;
  errors: ImportRowError[];
}

/** A generated spreadsheet on the wire (template, export): its name and its .xlsx bytes in base64. */
export interface SheetFile {
  fileName: string;
  base64: string;
}

/** The multipart input of an import: the .xlsx `file` and the `mode`, plus what `more` reads of the form. */
export function sheetImportForm<TMore extends object = object>(
  errors: { fileRequired: { code: string }; modeInvalid: { code: string } },
  more?: (form: FormData, issue: (path: string, code: string) => void) => TMore,
) {
  return formDataInput().transform((form, context) => {
    const issue = (path: string, code: string) =>
      context.addIssue({ code: 'custom', message: code, path: [path] });
    const file = form.get('file');
    const mode = form.get('mode');
    if (!(file instanceof File)) issue('file', errors.fileRequired.code);
    if (!IMPORT_MODES.includes(mode as ImportMode)) issue('mode', errors.modeInvalid.code);
    return { file: file as File, mode: mode as ImportMode, ...(more?.(form, issue) ?? ({} as TMore)) };
  });
}
