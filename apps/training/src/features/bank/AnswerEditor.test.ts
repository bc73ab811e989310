import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import AnswerEditor from './AnswerEditor.vue';
import { emptyDraft, syncBlanks, type QuestionDraft } from './questionDraft.ts';

enableAutoUnmount(afterEach);

/** The editor part on a draft the test keeps, in the portal's design system (zh-CN). */
function mountEditor(draft: QuestionDraft) {
  const model = ref(draft);
  const host = defineComponent(
    () => () =>
      h(AnswerEditor, {
        modelValue: model.value,
        'onUpdate:modelValue': (v: QuestionDraft) => (model.value = v),
      }),
  );
  const wrapper = mount(host, {
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }]] },
  });
  return { wrapper, model };
}

describe('AnswerEditor', () => {
  it('marks exactly one correct option of a single choice', async () => {
    const { wrapper, model } = mountEditor(emptyDraft('SINGLE_CHOICE'));
    const boxes = wrapper.findAll('.el-checkbox');
    expect(boxes).toHaveLength(4);
    await boxes[0]!.trigger('click');
    await boxes[2]!.trigger('click');
    await flushPromises();
    expect(model.value.options.map((o) => o.correct)).toEqual([false, false, true, false]);
  });

  it('offers one answer field per blank the stem marks', async () => {
    const draft = emptyDraft('FILL_IN');
    draft.stem = '查询携号转网资格须发送短信 ____ 至 ____。';
    syncBlanks(draft);
    const { wrapper } = mountEditor(draft);
    await flushPromises();
    expect(wrapper.text()).toContain('第 1 空');
    expect(wrapper.text()).toContain('第 2 空');
    expect(wrapper.findAll('input[placeholder="多个可接受答案用“/”分隔"]')).toHaveLength(2);
  });

  it('asks for a rubric on a short answer', async () => {
    const { wrapper } = mountEditor(emptyDraft('SHORT_ANSWER'));
    await flushPromises();
    expect(wrapper.text()).toContain('评分要点');
    expect(wrapper.text()).toContain('参考答案');
  });
});
