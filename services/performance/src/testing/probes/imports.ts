// The satisfaction import's rows of the authorization matrix (满意率导入). The world: a template-shaped file with
// one good row for 湖滨, built here (nobody imports it first). Only the city supervisor imports, downloads the
// template or reads the history, and no probe caller is one: each is refused, and a refused import leaves the
// month's history as it was.
import { SATISFACTION_SHEET_HEADERS } from '@duda/contract-performance';
import { currentMonth } from '@duda/month';
import { defineAreaProbes, type Owners } from '@duda/service-org/testing/authz-probes';
import { templateWorkbook } from '@duda/spreadsheet';
import { SATISFACTION_SHEET_COLUMNS } from '../../imports/satisfaction-sheet.ts';

export interface ImportsWorld {
  month: string;
  bytes: Uint8Array;
}

const historyAsCity = async (w: ImportsWorld, owners: Owners) =>
  (await owners('city.sup')).query('performance.imports.satisfactionHistory', { month: w.month });

export const importsProbes = defineAreaProbes<ImportsWorld>({
  prefix: 'performance',
  world: async () => {
    const row = SATISFACTION_SHEET_HEADERS.map((header) =>
      header === '营业厅编码' ? 'HZ-SC-01' : header === '满意率(%)' ? '97' : '',
    );
    const bytes = await templateWorkbook({
      sheet: '满意率',
      columns: SATISFACTION_SHEET_COLUMNS,
      rows: [row],
    });
    return { month: currentMonth(new Date()), bytes: new Uint8Array(bytes) };
  },
  secrets: () => [],
  probes: {
    'performance.imports.satisfactionTemplate': { allowed: [], input: () => ({}) },
    'performance.imports.satisfactionHistory': { allowed: [], input: (w) => ({ month: w.month }) },
    'performance.imports.satisfaction': {
      allowed: [],
      input: (w) => {
        const form = new FormData();
        form.set('file', new File([w.bytes], 'satisfaction.xlsx'));
        form.set('mode', 'KEEP_VALID');
        form.set('month', w.month);
        return form;
      },
      reread: historyAsCity,
    },
  },
});
