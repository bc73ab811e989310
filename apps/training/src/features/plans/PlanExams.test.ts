import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref, toValue } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { PlanDetail } from './api.ts';
import PlanExams from './PlanExams.vue';

enableAutoUnmount(afterEach);

const { link, unlink, asked } = vi.hoisted(() => ({ link: vi.fn(), unlink: vi.fn(), asked: vi.fn() }));
const exam = (id: string, title: string, month: string, linked = false) => ({
  id,
  title,
  kind: 'DISTRICT_WRITTEN' as const,
  month,
  status: 'PUBLISHED' as const,
  opensAt: new Date('2026-12-20T01:00:00Z'),
  closesAt: new Date('2026-12-20T13:00:00Z'),
  linked,
});
vi.mock('./api.ts', () => ({
  useEligibleExams: (_planId: unknown, enabled: unknown) => {
    asked(toValue(enabled));
    return {
      data: ref([exam('e1', '12月上城区业务笔试', '2026-12', true), exam('e2', '1月全市月考', '2027-01')]),
    };
  },
  useLinkExam: () => ({ mutateAsync: link, isPending: ref(false) }),
  useUnlinkExam: () => ({ mutateAsync: unlink, isPending: ref(false) }),
}));

type Plan = Pick<PlanDetail, 'id' | 'month' | 'status' | 'exams' | 'linksExams'>;
const plan = (change: Partial<Plan>): Plan => ({
  id: 'plan1',
  month: '2026-12',
  status: 'DRAFT',
  exams: [],
  linksExams: true,
  ...change,
});
const mountWith = (p: Plan) =>
  mount(PlanExams, {
    attachTo: document.body,
    props: { plan: p },
    global: {
      plugins: [[installDesignSystem, { messages }]],
      stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } },
    },
  });

describe('PlanExams', () => {
  beforeEach(() => vi.clearAllMocks());

  it('tells the keeper what to do when nothing is linked, and links the exam they pick', async () => {
    link.mockResolvedValue([]);
    const section = mountWith(plan({}));
    expect(section.text()).toContain('还没有关联考核考试');
    expect(section.text()).toContain('请培训管理员先新建考试');
    expect(asked).toHaveBeenCalledWith(true);
    (section.element.querySelector('.el-select__wrapper') as HTMLElement).click();
    await flushPromises();
    const options = [...document.body.querySelectorAll<HTMLElement>('.el-select-dropdown__item')];
    // The exam already linked is not offered again.
    expect(options.map((o) => o.textContent?.trim())).toEqual(['1月全市月考（2027-01）']);
    options[0]!.click();
    await flushPromises();
    await section
      .findAll('button')
      .find((b) => b.text() === '关联考试')!
      .trigger('click');
    await flushPromises();
    expect(link).toHaveBeenCalledWith({ planId: 'plan1', examId: 'e2' });
  });

  it('shows a linked exam with its phase and a link to it, and unlinks it', async () => {
    unlink.mockResolvedValue([]);
    const section = mountWith(plan({ exams: [exam('e1', '12月上城区业务笔试', '2026-12')] }));
    expect(section.find('a[href="/training/exams/e1"]').text()).toBe('12月上城区业务笔试');
    expect(section.text()).toMatch(/已发布|未开始|进行中|已结束/);
    await section
      .findAll('button')
      .find((b) => b.text() === '取消关联')!
      .trigger('click');
    await flushPromises();
    expect(unlink).toHaveBeenCalledWith({ planId: 'plan1', examId: 'e1' });
  });

  it.each([
    ['a reader who links nothing', plan({ linksExams: false })],
    ['a closed plan', plan({ status: 'DONE' })],
  ])('offers nothing to link to %s', (_who, p) => {
    const section = mountWith({ ...p, exams: [exam('e1', '12月上城区业务笔试', '2026-12')] });
    expect(asked).toHaveBeenCalledWith(false);
    expect(section.find('.el-select').exists()).toBe(false);
    expect(section.findAll('button').some((b) => b.text() === '取消关联')).toBe(false);
  });
});
