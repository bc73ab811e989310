import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import type { FormView } from './api.ts';
import FillPage from './FillPage.vue';
import { draftKey } from './formDraft.ts';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ form: null as unknown, save: vi.fn(), submit: vi.fn() }));
vi.mock('./api.ts', () => ({
  useForm: () => ({
    data: ref(api.form),
    isError: ref(false),
    error: ref(null),
    refetch: () => {},
  }),
  useSaveForm: () => ({ mutateAsync: api.save }),
  useSubmitForm: () => ({ mutateAsync: api.submit, isPending: ref(false) }),
}));

const view = (answers: FormView['answers']): FormView =>
  ({
    id: 'form-1',
    perspective: 'PEER',
    submitted: false,
    fillable: true,
    subject: { personName: '李娜', hallName: '湖滨营业厅' },
    cycle: { id: 'cycle-1', title: '2026 年第四季度店面经理 360 度评估', status: 'OPEN' },
    questions: [
      { key: 'q1', text: '能及时沟通、传达上级要求' },
      { key: 'q2', text: '能辅导员工提升服务技能' },
    ],
    answers,
  }) as FormView;

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/fill/:formId', name: 'performance.reviews.fill', component: FillPage, props: true },
      { path: '/fill', name: 'performance.reviews.mine', component: { template: '<div />' } },
    ],
  });
  await router.push('/fill/form-1');
  const page = mount(FillPage, {
    props: { formId: 'form-1' },
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  await flushPromises();
  return page;
}

const checked = (page: Awaited<ReturnType<typeof mountPage>>, question: number) =>
  page
    .findAll('[data-testid="fill-question"]')
    [question]!.findAll('input[type="radio"]')
    .findIndex((input) => (input.element as HTMLInputElement).checked) + 1;

describe('FillPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    localStorage.clear();
    api.form = view([
      { key: 'q1', score: 4, comment: '' },
      { key: 'q2', score: null, comment: '' },
    ]);
    api.save.mockReset().mockResolvedValue({ id: 'form-1' });
    api.submit.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('starts from the server’s draft and saves a change after a pause, keeping it in the browser first', async () => {
    const page = await mountPage();
    expect([checked(page, 0), checked(page, 1)]).toEqual([4, 0]);
    await page.findAll('[data-testid="fill-question"]')[1]!.findAll('input[type="radio"]')[2]!.setValue(true);
    expect(JSON.parse(localStorage.getItem(draftKey('form-1'))!)).toMatchObject({
      answers: [{ score: 4 }, { score: 3 }],
      saved: false,
    });
    expect(api.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(800);
    expect(api.save).toHaveBeenCalledWith({
      id: 'form-1',
      answers: [
        { key: 'q1', score: 4, comment: '' },
        { key: 'q2', score: 3, comment: '' },
      ],
    });
    expect(page.get('[data-testid="fill-save-state"]').text()).toBe('已自动保存');
  });

  it('after a reload before the save reached the server, shows the browser’s copy and sends it', async () => {
    api.save.mockRejectedValue(new TypeError('Failed to fetch'));
    const first = await mountPage();
    await first
      .findAll('[data-testid="fill-question"]')[1]!
      .findAll('input[type="radio"]')[4]!
      .setValue(true);
    await vi.advanceTimersByTimeAsync(800);
    expect(first.get('[data-testid="fill-save-state"]').text()).toBe('已保存在本机，联网后会自动同步');
    first.unmount();

    api.save.mockReset().mockResolvedValue({ id: 'form-1' });
    const reloaded = await mountPage();
    expect([checked(reloaded, 0), checked(reloaded, 1)]).toEqual([4, 5]);
    await vi.advanceTimersByTimeAsync(800);
    expect(api.save).toHaveBeenCalledWith(
      expect.objectContaining({ answers: expect.arrayContaining([{ key: 'q2', score: 5, comment: '' }]) }),
    );
  });
});
