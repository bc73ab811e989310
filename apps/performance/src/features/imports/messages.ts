// Texts of the satisfaction import page (满意率导入), under `performance.imports`.
export const zhCN = {
  imports: {
    menu: '满意率导入',
    title: '满意率导入',
    description:
      '导入短信满意度调查的满意率（按营业厅，或按员工本人）。员工本人有满意率时按本人计分，否则按所在营业厅；重新计算本月后计入考核表。',
    month: '月份',
    import: '导入满意率',
    dialogTitle: '导入 {month} 的满意率',
    step: '先下载模板填写，每行一个营业厅或一名员工，一次最多 {max} 行；再次导入 {month} 会替换之前的导入（之前的保留在记录中）。',
    imported: '已导入 {n} 行，{month} 重新计算后计入考核表',
    nothingImported: '没有导入任何行',
    none: '{month} 尚未导入满意率',
    inForce: '当前有效',
    replaced: '已于 {at} 被替换',
    columns: { fileName: '文件', rows: '行数', importedAt: '导入时间', state: '状态' },
  },
};

export const en: typeof zhCN = {
  imports: {
    menu: 'Satisfaction import',
    title: 'Satisfaction import',
    description:
      "Import the SMS survey's satisfaction rates (per hall, or per person). A person's own rate counts when there is one, otherwise their hall's; it reaches the scorecards when the month is computed again.",
    month: 'Month',
    import: 'Import satisfaction rates',
    dialogTitle: 'Import satisfaction rates for {month}',
    step: 'Fill in the template first: one row per hall or per person, at most {max} rows. Importing {month} again replaces the earlier import (which stays in the history).',
    imported: '{n} rows imported; they count once {month} is computed again.',
    nothingImported: 'No row was imported.',
    none: 'No satisfaction rates imported for {month} yet.',
    inForce: 'In force',
    replaced: 'Replaced {at}',
    columns: { fileName: 'File', rows: 'Rows', importedAt: 'Imported', state: 'State' },
  },
};
