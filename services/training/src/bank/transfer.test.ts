import { IMPORT_MAX_ROWS } from '@duda/contract-training';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { bankWorkbook } from './sheet-file.ts';
import { SHEET_HEADERS } from './sheet-format.ts';
import { fillIn, singleChoice } from './test-support.ts';

type Caller = Awaited<ReturnType<TrainingFixture['as']>>;

const upload = (bytes: Uint8Array | Buffer, mode: string, name = 'bank.xlsx') => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  form.set('mode', mode);
  return form;
};
const row = (values: Record<string, string>) => SHEET_HEADERS.map((h) => values[h] ?? '');
const good = (stem: string) =>
  row({ 题型: '判断题', 知识点: '业务知识/携号转网', 业务线: '移动业务', 难度: '1', 题干: stem, 答案: '对' });

describe('the bank to and from Excel (against PostgreSQL)', () => {
  let f: TrainingFixture;
  let trainer: Caller;
  let transfer: string;

  beforeAll(async () => {
    f = await trainingFixture();
    trainer = await f.as('trainer');
    const business = (await trainer.bank.knowledgePoints.create({ parentId: null, name: '业务知识' })).id;
    transfer = (await trainer.bank.knowledgePoints.create({ parentId: business, name: '携号转网' })).id;
    await trainer.bank.questions.create(singleChoice(transfer));
    await trainer.bank.questions.create(fillIn(transfer));
  });
  afterAll(() => f.close());

  it('offers a template with the header, notes and a 说明 sheet', async () => {
    const file = await trainer.bank.questions.template();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['题目', '说明']);
    expect((book.getWorksheet('题目')!.getRow(1).values as string[]).slice(1)).toEqual(SHEET_HEADERS);
    expect(book.getWorksheet('题目')!.getRow(2).getCell(2).text).toBe('业务知识/携号转网');
  });

  it('exports the filtered bank so that it imports again', async () => {
    const exported = await trainer.bank.questions.export({ type: 'FILL_IN' });
    const bytes = Buffer.from(exported.base64, 'base64');
    // Into a bank that no longer uses the original (it would be a repeat otherwise, next test).
    const [original] = (await trainer.bank.questions.list({ type: 'FILL_IN' })).items;
    await trainer.bank.questions.retire({ id: original!.id });
    const report = await trainer.bank.questions.import(upload(bytes, 'ALL_OR_NOTHING'));
    expect(report).toMatchObject({ rows: 1, valid: 1, imported: 1, errors: [] });
    const fillIns = await trainer.bank.questions.list({ type: 'FILL_IN' });
    expect(fillIns.total).toBe(1);
    expect(fillIns.items[0]!.id).not.toBe(original!.id);
    const copy = await trainer.bank.questions.get({ id: fillIns.items[0]!.id });
    expect(copy).toMatchObject({
      stem: fillIn(transfer).stem,
      key: fillIn(transfer).key,
      difficulty: 4,
      tags: ['实名制'],
    });
  });

  it('reports a question the bank or the file already holds, skipping it or refusing the file as asked', async () => {
    const exported = await trainer.bank.questions.export({ type: 'FILL_IN' });
    const again = await trainer.bank.questions.import(
      upload(Buffer.from(exported.base64, 'base64'), 'ALL_OR_NOTHING'),
    );
    expect(again).toMatchObject({ rows: 1, valid: 0, imported: 0 });
    expect(again.errors).toEqual([
      {
        row: 2,
        column: '题干',
        code: 'training.bank.rowDuplicateInBank',
        message: {
          'zh-CN': expect.stringContaining('题库中已有这道题'),
          en: expect.stringContaining('The bank already holds this question'),
        },
      },
    ]);
    const before = (await trainer.bank.questions.list({})).total;
    const file = await bankWorkbook([
      good('重复导入检查：携号转网须结清 SIM 卡话费。'),
      // The same question again, with a half-width colon, a doubled space and lower case.
      good('重复导入检查:携号转网须结清  sim 卡话费。'),
      row({
        题型: '简答题',
        知识点: '业务知识/携号转网',
        业务线: '移动业务',
        难度: '1',
        题干: '重复导入检查：携号转网须结清 SIM 卡话费。',
        评分要点: '说明须结清话费',
      }),
      good('重复导入检查：携号转网不改变号码归属地。'),
    ]);
    const refused = await trainer.bank.questions.import(upload(file, 'ALL_OR_NOTHING'));
    expect(refused).toMatchObject({ rows: 4, imported: 0 });
    expect(refused.errors).toEqual([
      {
        row: 3,
        column: '题干',
        code: 'training.bank.rowDuplicateInFile',
        message: {
          'zh-CN': '与第 2 行是同一道题（题型、知识点相同，题干一致）',
          en: 'The same question as row 2 (same type, knowledge point and stem).',
        },
      },
    ]);
    expect((await trainer.bank.questions.list({})).total).toBe(before);
    // A short answer with the same stem is another question; under "keep good rows" the repeat is skipped.
    const kept = await trainer.bank.questions.import(upload(file, 'KEEP_VALID'));
    expect(kept).toMatchObject({ rows: 4, valid: 3, imported: 3, errors: refused.errors });
    expect((await trainer.bank.questions.list({ search: '重复导入检查' })).total).toBe(3);
    const twice = await trainer.bank.questions.import(upload(file, 'KEEP_VALID'));
    expect(twice).toMatchObject({ valid: 0, imported: 0 });
    expect(twice.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'training.bank.rowDuplicateInBank'],
      [3, 'training.bank.rowDuplicateInBank'],
      [4, 'training.bank.rowDuplicateInBank'],
      [5, 'training.bank.rowDuplicateInBank'],
    ]);
  });

  it('reports every bad row in both languages, then keeps the good rows or refuses the file as asked', async () => {
    const file = await bankWorkbook([
      good('携号转网不改变用户的号码。'),
      row({
        题型: '论述题',
        知识点: '业务知识/携号转网',
        业务线: '移动业务',
        难度: '1',
        题干: '坏行',
        答案: '对',
      }),
      good('携号转网须本人持有效证件办理。'),
      row({
        题型: '判断题',
        知识点: '业务知识/不存在',
        业务线: '移动业务',
        难度: '1',
        题干: '坏行',
        答案: '对',
      }),
    ]);
    const before = (await trainer.bank.questions.list({})).total;

    const check = await trainer.bank.questions.import(upload(file, 'CHECK'));
    expect(check).toMatchObject({ rows: 4, valid: 2, imported: 0 });
    expect(check.errors).toEqual([
      {
        row: 3,
        column: '题型',
        code: 'training.bank.rowTypeUnknown',
        message: {
          'zh-CN': expect.stringContaining('题型“论述题”无效'),
          en: expect.stringContaining('Unknown type “论述题”'),
        },
      },
      expect.objectContaining({ row: 5, column: '知识点', code: 'training.bank.rowKnowledgePointUnknown' }),
    ]);
    const refused = await trainer.bank.questions.import(upload(file, 'ALL_OR_NOTHING'));
    expect(refused).toMatchObject({ imported: 0, errors: check.errors });
    expect((await trainer.bank.questions.list({})).total).toBe(before);

    const kept = await trainer.bank.questions.import(upload(file, 'KEEP_VALID'));
    expect(kept).toMatchObject({ imported: 2 });
    expect((await trainer.bank.questions.list({ search: '携号转网' })).items.map((i) => i.stem)).toEqual(
      expect.arrayContaining(['携号转网不改变用户的号码。', '携号转网须本人持有效证件办理。']),
    );
  });

  it('imports the largest file allowed in one go', async () => {
    const rows = Array.from({ length: IMPORT_MAX_ROWS }, (_, i) =>
      good(`批量导入第 ${i + 1} 题：携号转网不改变号码。`),
    );
    const report = await trainer.bank.questions.import(upload(await bankWorkbook(rows), 'ALL_OR_NOTHING'));
    expect(report).toMatchObject({ rows: IMPORT_MAX_ROWS, imported: IMPORT_MAX_ROWS });
    expect((await trainer.bank.questions.list({ search: '批量导入第' })).total).toBe(IMPORT_MAX_ROWS);
    const tooMany = [...rows, good('多出的一题')];
    await expect(
      trainer.bank.questions.import(upload(await bankWorkbook(tooMany), 'CHECK')),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ code: 'training.bank.importTooManyRows' }),
    });
  }, 60_000);

  it('refuses a file that is no spreadsheet, a wrong header, an empty sheet and a file too large', async () => {
    const refusal = (code: string) => ({ cause: expect.objectContaining({ code: `training.bank.${code}` }) });
    const q = trainer.bank.questions;
    await expect(
      q.import(upload(Buffer.from('姓名,工号\n张三,1'), 'CHECK', 'bank.csv')),
    ).rejects.toMatchObject(refusal('importNotSpreadsheet'));
    const book = new ExcelJS.Workbook();
    book.addWorksheet('题目').addRow(['题型', '题目', '选项A']);
    const wrong = Buffer.from(await book.xlsx.writeBuffer());
    await expect(q.import(upload(wrong, 'CHECK'))).rejects.toMatchObject({
      cause: expect.objectContaining({
        code: 'training.bank.importWrongHeader',
        params: { column: 2, expected: '知识点' },
      }),
    });
    await expect(q.import(upload(await bankWorkbook([]), 'CHECK'))).rejects.toMatchObject(
      refusal('importEmpty'),
    );
    await expect(q.import(upload(new Uint8Array(5 * 1024 * 1024 + 1), 'CHECK'))).rejects.toMatchObject(
      refusal('importTooLarge'),
    );
  });

  it('leaves import and export to the trainer', async () => {
    const clerk = await f.as('hubin.mgr');
    await expect(clerk.bank.questions.export({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      clerk.bank.questions.import(upload(await bankWorkbook([good('x')]), 'KEEP_VALID')),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
