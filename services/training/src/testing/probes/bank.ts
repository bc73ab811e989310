// The question bank's rows of the authorization matrix: the trainer's knowledge points and questions (stems and
// answer keys marked), and per procedure who may touch them — the trainer alone. Examinees see questions only in
// their attempts, so no bank procedure answers anyone else, and no answer key leaves through one to anybody else.
import type { QuestionContent } from '@duda/contract-training';
import { defineAreaProbes, type Owners, type ProbeCaller } from '@duda/service-org/testing/authz-probes';
import { bankWorkbook } from '../../bank/sheet-file.ts';
import { SHEET_HEADERS } from '../../bank/sheet-format.ts';

export interface BankWorld {
  /** 业务知识-like top node and a child, the questions' knowledge point. */
  topId: string;
  pointId: string;
  pointName: string;
  /** Nodes a rename, a move and a delete aim at. */
  renameId: string;
  moveId: string;
  emptyId: string;
  question: { id: string; stem: string; answer: string };
  retiredId: string;
  activeId: string;
  /** The question an update aims at. */
  editId: string;
  /** An .xlsx of one good row. */
  importFile: Uint8Array;
}

const trainerOnly = ['trainer'] as const satisfies readonly ProbeCaller[];
const tagged = () => crypto.randomUUID().slice(0, 8);

const content = (knowledgePointId: string, stem: string, answer: string): QuestionContent => ({
  stem: `${stem}：____`,
  body: { type: 'FILL_IN', blanks: 1 },
  key: { type: 'FILL_IN', blanks: [[answer]], caseSensitive: false },
  knowledgePointId,
  businessLine: 'MOBILE',
  difficulty: 3,
  source: '',
  tags: [],
  points: 1,
});

const asTrainer = async (owners: Owners, path: string, input?: unknown) =>
  (await owners('trainer')).query(path, input);
const tree = (owners: Owners) => asTrainer(owners, 'training.bank.knowledgePoints.tree');
const question = (owners: Owners, id: string) => asTrainer(owners, 'training.bank.questions.get', { id });

/** A sheet with one good row on the world's knowledge point. */
function importSheet(pointPath: string) {
  const cells: Record<string, string> = {
    题型: '判断题',
    知识点: pointPath,
    业务线: '移动业务',
    难度: '1',
    题干: '矩阵导入题',
    答案: '对',
  };
  return bankWorkbook([SHEET_HEADERS.map((h) => cells[h] ?? '')]);
}

/** The import as the dialog checks it first: CHECK writes nothing. */
function importForm(w: BankWorld) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(w.importFile)], 'bank.xlsx'));
  form.set('mode', 'CHECK');
  return form;
}

export const bankProbes = defineAreaProbes<BankWorld>({
  prefix: 'training.bank',
  async world(owners) {
    const trainer = await owners('trainer');
    const tag = tagged();
    const create = async (parentId: string | null, name: string) =>
      (await trainer.mutation<{ id: string }>('training.bank.knowledgePoints.create', { parentId, name })).id;
    const topName = `矩阵业务${tag}`;
    const topId = await create(null, topName);
    const pointName = `矩阵知识点${tag}`;
    const pointId = await create(topId, pointName);
    const renameId = await create(topId, `矩阵改名${tag}`);
    const moveId = await create(topId, `矩阵移动${tag}`);
    const emptyId = await create(topId, `矩阵删除${tag}`);
    const add = async (stem: string, answer: string) =>
      (
        await trainer.mutation<{ id: string }>(
          'training.bank.questions.create',
          content(pointId, stem, answer),
        )
      ).id;
    const stem = `矩阵题干${tag}`;
    const answer = `矩阵答案${tag}`;
    const id = await add(stem, answer);
    const retiredId = await add(`矩阵停用题${tag}`, `矩阵停用答案${tag}`);
    await trainer.mutation('training.bank.questions.retire', { id: retiredId });
    const editId = await add(`矩阵待改题${tag}`, `矩阵待改答案${tag}`);
    const activeId = await add(`矩阵在用题${tag}`, `矩阵在用答案${tag}`);
    const importFile = new Uint8Array(await importSheet(`${topName}/${pointName}`));
    return {
      importFile,
      topId,
      pointId,
      pointName,
      renameId,
      moveId,
      emptyId,
      question: { id, stem, answer },
      retiredId,
      activeId,
      editId,
    };
  },
  secrets: (w) => [w.pointName, w.question.stem, w.question.answer],
  probes: {
    'training.bank.knowledgePoints.tree': { allowed: trainerOnly },
    'training.bank.knowledgePoints.create': {
      allowed: trainerOnly,
      input: (w) => ({ parentId: w.topId, name: '冒名新增知识点' }),
      reread: (_w, owners) => tree(owners),
    },
    'training.bank.knowledgePoints.rename': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.renameId, name: '冒名改名' }),
      reread: (_w, owners) => tree(owners),
    },
    'training.bank.knowledgePoints.move': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.moveId, parentId: null, position: 0 }),
      reread: (_w, owners) => tree(owners),
    },
    'training.bank.knowledgePoints.delete': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.emptyId }),
      reread: (_w, owners) => tree(owners),
    },

    'training.bank.questions.list': { allowed: trainerOnly, input: () => ({ pageSize: 200 }) },
    'training.bank.questions.get': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.question.id }),
      secrets: (w) => [w.question.stem, w.question.answer],
    },
    'training.bank.questions.versions': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.question.id }),
      secrets: (w) => [w.question.stem, w.question.answer],
    },
    'training.bank.questions.create': {
      allowed: trainerOnly,
      input: (w) => content(w.pointId, '冒名新增题目', '冒名答案'),
      reread: (_w, owners) => asTrainer(owners, 'training.bank.questions.list', { search: '冒名' }),
    },
    'training.bank.questions.update': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.editId, ...content(w.pointId, '冒名修改的题干', '冒名修改的答案') }),
      reread: (w, owners) => question(owners, w.editId),
    },
    'training.bank.questions.retire': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.activeId }),
      reread: (w, owners) => question(owners, w.activeId),
    },
    'training.bank.questions.restore': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.retiredId }),
      reread: (w, owners) => question(owners, w.retiredId),
    },
    'training.bank.questions.template': { allowed: trainerOnly },
    'training.bank.questions.export': { allowed: trainerOnly, input: () => ({}) },
    'training.bank.questions.import': {
      allowed: trainerOnly,
      input: importForm,
      reread: (_w, owners) => asTrainer(owners, 'training.bank.questions.list', { search: '矩阵导入题' }),
    },
  },
});
