import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import AnalysisPage from './AnalysisPage.vue';

enableAutoUnmount(afterEach);

const question = (number: number, facility: number, discriminationIndex: number | null, flags: string[]) => ({
  questionId: `q${number}`,
  number,
  stem: `第 ${number} 题`,
  type: 'TRUE_FALSE',
  knowledgePointId: 'kp',
  knowledgePoint: '套餐资费',
  s: 5,
  maxMark: 1,
  facility,
  sd: 0.4472,
  sdPercent: 44.72,
  discriminationIndex,
  discriminativeEfficiency: 28.57,
  effectiveWeight: 25.31,
  intendedWeight: 25,
  flags,
});

const analysis = {
  exams: [],
  summary: {
    count: 5,
    mean: 2.2,
    median: 2,
    sd: 1.3038,
    skewness: 0.54,
    kurtosis: -1.49,
    cic: 44.1176,
    errorRatio: 74.75,
    standardError: 0.9747,
    paperTotal: 4,
    histogram: [{ from: 0, to: 4, count: 5 }],
    passRate: 0.6,
    people: 5,
    meanPercent: 55,
  },
  questions: [
    question(1, 0.8, 19.6, ['LOW_DISCRIMINATION']),
    question(2, 0.97, -5, ['NEGATIVE_DISCRIMINATION', 'TOO_EASY']),
  ],
  knowledgePoints: [{ id: 'kp', name: '套餐资费', facility: 0.7, mean: 1.4, attempts: 5, cityFacility: 0.7 }],
};

const query = (data: unknown) => ({
  data: ref(data),
  isError: ref(false),
  isPending: ref(false),
  isFetching: ref(false),
  refetch: vi.fn(),
});
vi.mock('./api.ts', () => ({
  useExamOptions: () => query({ items: [] }),
  useExamAnalysis: () => query(analysis),
  usePersonAnalysis: () => query(null),
}));

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: AnalysisPage }],
  });
  await router.push('/');
  const page = mount(AnalysisPage, {
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  await flushPromises();
  return page;
}

describe('AnalysisPage', () => {
  it('shows the summary cards and each question with its flags worded', async () => {
    const page = await mountPage();
    const text = page.text();
    expect(text).toContain('参考人数');
    expect(text).toContain('55.0%');
    expect(text).toContain('44.1%');
    expect(text).toContain('60.0%');
    expect(text).toContain('区分度低');
    expect(text).toContain('区分度为负');
    expect(text).toContain('过易');
  });

  it('explains each statistic in a tooltip', async () => {
    const page = await mountPage();
    const helps = page.findAll('.help-label__icon').map((icon) => icon.attributes('aria-label'));
    expect(helps).toContain(
      '区分度指数：该题得分与其余各题总分的相关系数 ×100。低于 20 区分能力弱；为负说明总分高的人反而答错，应检查答案或题意。',
    );
    expect(helps.length).toBeGreaterThanOrEqual(8);
  });
});
