import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../i18n/index.ts';
import type { PaperCheck } from './api.ts';
import PaperRules from './PaperRules.vue';
import { emptyRule, type RuleRow } from './paperDraft.ts';

enableAutoUnmount(afterEach);

const portability = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';
const shortfall = {
  code: 'training.papers.ruleTooFew',
  params: {
    rule: 2,
    point: '携号转网',
    filter: {
      code: 'training.papers.ruleFilter.BOTH',
      params: { difficulty: 3, type: { code: 'training.questionType.SINGLE_CHOICE', params: {} } },
    },
    available: 4,
    needed: 6,
  },
};

function mountRules(rules: RuleRow[], check: PaperCheck | undefined) {
  return mount(PaperRules, {
    props: { modelValue: rules, points: [], readOnly: false, check, checking: false },
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }]] },
  });
}

describe('PaperRules', () => {
  it("shows the bank's shortfall in words, beside the rule it is about", async () => {
    // The second row has no knowledge point yet: the check numbers only the rows that do, so "rule 2" is row 3.
    const rules = [
      { ...emptyRule(), knowledgePointId: portability },
      emptyRule(),
      {
        ...emptyRule(),
        knowledgePointId: portability,
        difficulty: 3,
        type: 'SINGLE_CHOICE' as const,
        count: 6,
      },
    ];
    const wrapper = mountRules(rules, {
      totalPoints: 22,
      problems: [{ field: 'rules.1.count', message: shortfall }],
    } as PaperCheck);
    await flushPromises();
    const sentence = '规则 2：知识点「携号转网」难度 3 的单选题只有 4 道，需要 6 道。';
    expect(wrapper.find('.el-alert').text()).toContain(sentence);
    const rows = wrapper.findAll('.el-table__body tr');
    expect(rows[2]!.find('.paper-rules__problem').text()).toBe(sentence);
    expect(rows[0]!.find('.paper-rules__problem').exists()).toBe(false);
  });

  it('says the bank can satisfy the rules when nothing is short', async () => {
    const wrapper = mountRules([{ ...emptyRule(), knowledgePointId: portability }], {
      totalPoints: 10,
      problems: [],
    } as PaperCheck);
    await flushPromises();
    expect(wrapper.find('.el-alert').text()).toContain('题库可以满足全部规则');
  });
});
