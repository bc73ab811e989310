import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { OralRow } from './api.ts';
import OralRecordDrawer from './OralRecordDrawer.vue';

enableAutoUnmount(afterEach);

const { record, update } = vi.hoisted(() => ({ record: vi.fn(), update: vi.fn() }));
const bankQuestion = {
  id: 'q1',
  type: 'SHORT_ANSWER',
  difficulty: 2,
  knowledgePoint: '服务规范/首问负责',
  stem: '客户投诉信号差时，首问负责人应如何处理？',
  body: { type: 'SHORT_ANSWER' },
};
vi.mock('./api.ts', () => ({
  useOralQuestions: () => ({
    data: ref({ items: [bankQuestion], total: 1, page: 1, pageSize: 20 }),
    isFetching: ref(false),
  }),
  useRecordOral: () => ({ mutateAsync: record, isPending: ref(false) }),
  useUpdateOral: () => ({ mutateAsync: update, isPending: ref(false) }),
}));

const people = [{ personId: 'p2', name: '钱晓云', staffNo: 'HZ10110' }];
const row: OralRow = {
  id: 'o1',
  personId: 'p9',
  personName: '赵雪',
  staffNo: 'HZ10103',
  hallId: 'h1',
  hallName: '湖滨营业厅',
  heldOn: '2026-11-23',
  weekOf: '2026-11-23',
  questions: [{ text: '携号转网的条件' }],
  score: 70,
  notes: '',
  recordedByName: '李娜',
  createdAt: new Date('2026-11-23T02:00:00Z'),
  canEdit: true,
};

async function open(start: { record: OralRow | null; personId: string | null }) {
  const drawer = mount(OralRecordDrawer, {
    attachTo: document.body,
    props: { start: null, people },
    global: { plugins: [[installDesignSystem, { messages }]] },
  });
  await drawer.setProps({ start });
  await flushPromises();
  return document.body.querySelector('.el-drawer') as HTMLElement;
}

const submit = async (panel: HTMLElement) => {
  panel.querySelector('form')!.dispatchEvent(new Event('submit'));
  await flushPromises();
};

describe('OralRecordDrawer', () => {
  beforeEach(() => {
    record.mockReset().mockResolvedValue({});
    update.mockReset().mockResolvedValue({});
  });

  it('records an exam for the person picked from the coverage, with the questions typed as lines', async () => {
    const panel = await open({ record: null, personId: 'p2' });
    const question = panel.querySelector('input[placeholder="第 1 题"]') as HTMLInputElement;
    question.value = '  5G 套餐资费  ';
    question.dispatchEvent(new Event('input'));
    await submit(panel);
    expect(record).toHaveBeenCalledWith(
      expect.objectContaining({ personId: 'p2', score: 80, questions: [{ text: '5G 套餐资费' }], notes: '' }),
    );
  });

  it('changes a record of someone not in the listed hall, keeping its examinee', async () => {
    const panel = await open({ record: row, personId: row.personId });
    expect(panel.textContent).toContain('修改');
    await submit(panel);
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'o1', score: 70, questions: [{ text: '携号转网的条件' }] }),
    );
    expect(record).not.toHaveBeenCalled();
  });

  const buttonNamed = (panel: HTMLElement, name: string) =>
    [...panel.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

  it('keeps a question picked from the bank as its id and stem, beside a typed one', async () => {
    const panel = await open({ record: null, personId: 'p2' });
    buttonNamed(panel, '从题库选题').click();
    await flushPromises();
    expect(panel.textContent).toContain('服务规范/首问负责');
    buttonNamed(panel, '选用').click();
    await flushPromises();
    expect(buttonNamed(panel, '已选').disabled).toBe(true);
    buttonNamed(panel, '添加提问').click();
    await flushPromises();
    const typed = panel.querySelector('input[placeholder="第 2 题"]') as HTMLInputElement;
    typed.value = '宽带新装流程';
    typed.dispatchEvent(new Event('input'));
    await submit(panel);
    expect(record).toHaveBeenCalledWith(
      expect.objectContaining({
        questions: [{ text: bankQuestion.stem, questionId: 'q1' }, { text: '宽带新装流程' }],
      }),
    );
  });

  it('keeps the bank questions of a record being changed', async () => {
    const asked = { ...row, questions: [{ text: bankQuestion.stem, questionId: 'q1' }] };
    const panel = await open({ record: asked, personId: asked.personId });
    expect(panel.textContent).toContain(bankQuestion.stem);
    await submit(panel);
    expect(update).toHaveBeenCalledWith(
      expect.objectContaining({ questions: [{ text: bankQuestion.stem, questionId: 'q1' }] }),
    );
  });
});
