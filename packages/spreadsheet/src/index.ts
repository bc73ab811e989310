export { templateWorkbook, type SheetColumn, type TemplateSpec } from './template.ts';
export { readSheetRows, type ReadSpec, type SheetRow } from './read.ts';
export { importWrites, rowError } from './report.ts';
