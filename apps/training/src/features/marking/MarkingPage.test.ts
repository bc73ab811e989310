import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computed, ref, toValue } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { QueueInput, QueueItem } from './api.ts';
import MarkingPage from './MarkingPage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ mark: vi.fn(), regrade: vi.fn(), inputs: [] as unknown[] }));
const item = (over: Partial<QueueItem> = {}): QueueItem => ({
  attemptId: 'a1',
  label: 'CA670B',
  attemptNo: 1,
  slot: 6,
  points: 10,
  stem: '客户因话费争议情绪激动，你如何处理？',
  rubric: '安抚情绪 3 分；核实账单 3 分；给出方案 4 分',
  reference: '先安抚致歉，再调取详单核实',
  text: '先道歉安抚，再调详单核对',
  mark: null,
  comment: null,
  markedAt: null,
  submittedAt: new Date('2026-11-23T02:00:00Z'),
  examinee: null,
  ...over,
});
/**
 * The queue as Vue Query's keepPrevious gives it: while `standIn` is set, the chosen input's answer is on its way and
 * the answer to `standIn` (the input before) is on screen as placeholder data. `fetches` counts the list fetched
 * again: every fetch answers new objects, as the wire does.
 */
const queue = {
  standIn: ref<QueueInput | null>(null),
  fetches: ref(0),
  failed: ref<Error | null>(null),
  refetch: vi.fn(),
};
vi.mock('./api.ts', () => ({
  useMarkingExams: () => ({
    data: ref(
      ['上城区', '西湖区'].map((district, i) => ({
        id: `e${i + 1}`,
        title: `${district} 11 月业务笔试`,
        month: '2026-11',
        closesAt: new Date(),
        toMark: 1,
        marked: 0,
      })),
    ),
    isPending: ref(false),
  }),
  useMarkingQueue: (input: () => QueueInput | null) => ({
    data: computed(() => {
      const given = queue.standIn.value ?? toValue(input);
      api.inputs.push(toValue(input));
      void queue.fetches.value;
      return {
        items: [
          item({
            attemptId: given?.examId === 'e2' ? 'b1' : 'a1',
            label: given?.examId === 'e2' ? 'XH0001' : 'CA670B',
            ...(given?.revealNames
              ? { examinee: { name: '赵雪', staffNo: 'HZ10103', orgName: '湖滨营业厅' } }
              : {}),
          }),
        ],
        total: 1,
      };
    }),
    isPending: ref(false),
    isPlaceholderData: computed(() => queue.standIn.value !== null),
    isError: computed(() => queue.failed.value !== null),
    error: queue.failed,
    refetch: queue.refetch,
  }),
  useMarkAnswer: () => ({ mutateAsync: api.mark, isPending: ref(false) }),
  useExamQuestions: () => ({
    data: ref([
      {
        questionId: 'q1',
        type: 'SINGLE_CHOICE',
        stem: '携号转网首先核验什么？',
        shownVersions: [1],
        currentVersion: 2,
        corrected: true,
      },
    ]),
  }),
  useRegrade: () => ({ mutateAsync: api.regrade, isPending: ref(false) }),
}));

const mountPage = () =>
  mount(MarkingPage, { attachTo: document.body, global: { plugins: [[installDesignSystem, { messages }]] } });

describe('MarkingPage', () => {
  beforeEach(() => {
    api.mark.mockReset().mockResolvedValue({});
    api.regrade.mockReset().mockImplementation(async ({ dryRun }: { dryRun: boolean }) => ({
      dryRun,
      version: 2,
      attemptsWithQuestion: 3,
      changed: [
        {
          attemptId: 'a1',
          label: 'CA670B',
          changes: [{ slot: 1, oldMark: 0, newMark: 2 }],
          oldScore: 16.5,
          newScore: 18.5,
        },
      ],
    }));
    api.inputs.length = 0;
    queue.standIn.value = null;
    queue.failed.value = null;
    queue.refetch.mockReset();
  });

  it('shows the answer blind, with the rubric and the reference answer beside it', async () => {
    const page = mountPage();
    await flushPromises();
    const card = page.get('[data-testid="marking-card"]');
    expect(card.text()).toContain('答卷 CA670B');
    expect(card.text()).toContain('安抚情绪 3 分');
    expect(card.text()).toContain('先安抚致歉');
    expect(card.text()).not.toContain('赵雪');
    await page.get('[data-testid="marking-reveal"]').trigger('click');
    await flushPromises();
    expect(api.inputs.at(-1)).toMatchObject({ examId: 'e1', revealNames: true });
    expect(page.get('[data-testid="marking-card"]').text()).toContain('赵雪');
  });

  it('saves the mark and comment', async () => {
    const page = mountPage();
    await flushPromises();
    const card = page.get('[data-testid="marking-card"]');
    const [points, comment] = card.findAll('input');
    await points!.setValue('8.5');
    await points!.trigger('blur');
    await comment!.setValue('要点齐全');
    await card
      .findAll('button')
      .find((b) => b.text() === '评分')!
      .trigger('click');
    await flushPromises();
    expect(api.mark).toHaveBeenCalledWith({ attemptId: 'a1', slot: 6, mark: 8.5, comment: '要点齐全' });
  });

  it('keeps a typed mark when the queue is fetched again after another answer’s mark', async () => {
    const page = mountPage();
    await flushPromises();
    const points = page.get('[data-testid="marking-card"]').find('input');
    await points.setValue('7');
    await points.trigger('blur');
    queue.fetches.value += 1;
    await flushPromises();
    const card = page.get('[data-testid="marking-card"]');
    expect((card.find('input').element as HTMLInputElement).value).toBe('7.0');
    const save = card.findAll('button').find((b) => b.text() === '评分')!;
    expect(save.attributes('disabled')).toBeUndefined();
  });

  it('shows none of the last exam’s answers while the chosen exam’s load', async () => {
    const page = mountPage();
    await flushPromises();
    expect(page.get('[data-testid="marking-card"]').text()).toContain('答卷 CA670B');
    // 西湖区's exam chosen: its answers are on their way, and 上城区's stand in for them meanwhile.
    queue.standIn.value = api.inputs.at(-1) as QueueInput;
    page.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'e2');
    await flushPromises();
    expect(api.inputs.at(-1)).toMatchObject({ examId: 'e2' });
    expect(page.findAll('[data-testid="marking-card"]')).toHaveLength(0);
    expect(page.text()).not.toContain('这场考试的简答题都已评完');
    queue.standIn.value = null;
    await flushPromises();
    expect(page.get('[data-testid="marking-card"]').text()).toContain('答卷 XH0001');
  });

  it('says why when the chosen exam’s answers cannot be loaded, and tries again on 重试', async () => {
    const page = mountPage();
    await flushPromises();
    queue.standIn.value = api.inputs.at(-1) as QueueInput;
    queue.failed.value = new Error('network down');
    page.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'e2');
    await flushPromises();
    expect(page.findAll('[data-testid="marking-card"]')).toHaveLength(0);
    expect(page.find('.d-error-state').exists()).toBe(true);
    await page
      .get('.d-error-state')
      .findAll('button')
      .find((b) => b.text().includes('重试'))!
      .trigger('click');
    expect(queue.refetch).toHaveBeenCalled();
  });

  it('regrades a corrected question: a dry run first, applied only when asked', async () => {
    const page = mountPage();
    await flushPromises();
    await page
      .findAll('button')
      .find((b) => b.text() === '重新评分')!
      .trigger('click');
    await flushPromises();
    const dialog = document.body.querySelector('.el-dialog')!;
    expect(dialog.textContent).toContain('先试算');
    expect((dialog.querySelector('[data-testid="regrade-apply"]') as HTMLButtonElement).disabled).toBe(true);
    (dialog.querySelector('.el-select__wrapper') as HTMLElement).click();
    await flushPromises();
    const option = [...document.body.querySelectorAll('.el-select-dropdown__item')].find((o) =>
      o.textContent?.includes('携号转网'),
    ) as HTMLElement;
    expect(option.textContent).toContain('【已更正】');
    option.click();
    await flushPromises();
    const tryIt = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === '试算')!;
    tryIt.click();
    await flushPromises();
    expect(api.regrade).toHaveBeenCalledWith({ examId: 'e1', questionId: 'q1', dryRun: true });
    expect(dialog.textContent).toContain('共 3 份答卷含此题，其中 1 份的得分会改变');
    expect(dialog.textContent).toContain('第 1 题 0 → 2');
    (dialog.querySelector('[data-testid="regrade-apply"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(api.regrade).toHaveBeenLastCalledWith({ examId: 'e1', questionId: 'q1', dryRun: false });
  });
});
