import type { UiSchema } from '@duda/contract-forms';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testUi } from '../renderer/testTemplate.ts';
import { mountInRemote } from '../test/mountInRemote.ts';
import FormDesigner from './FormDesigner.vue';

function mountDesigner() {
  const state = { ui: testUi as UiSchema };
  const wrapper = mountInRemote(FormDesigner, {
    props: {
      modelValue: state.ui,
      'onUpdate:modelValue': (next: UiSchema) => {
        state.ui = next;
        void wrapper.setProps({ modelValue: next });
      },
    },
  });
  return state;
}
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
// Element's input passes its attributes to the <input> itself.
function type(id: string, text: string) {
  const element = byTestId(id)!;
  const input = (element instanceof HTMLInputElement ? element : element.querySelector('input'))!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

describe('FormDesigner', { timeout: 120_000 }, () => {
  it('adds a field after the selected one, names it in both languages and shows it in the preview', async () => {
    const state = mountDesigner();
    await flushPromises();
    byTestId('designer-field-reason')!.click();
    byTestId('designer-add-money')!.click();
    await flushPromises();
    expect(state.ui.fields.map((field) => field.key).slice(0, 2)).toEqual(['reason', 'money_1']);
    type('field-label-zh', '报销金额');
    await flushPromises();
    type('field-label-en', 'Amount');
    await flushPromises();
    expect(state.ui.fields[1]).toMatchObject({ kind: 'money', label: { 'zh-CN': '报销金额', en: 'Amount' } });
    expect(byTestId('designer-preview')!.textContent).toContain('报销金额');
  });

  it('warns while the form does not hold together, and keeps the last good preview', async () => {
    const state = mountDesigner();
    await flushPromises();
    byTestId('designer-field-reason')!.click();
    await flushPromises();
    type('field-label-zh', '');
    await flushPromises();
    expect(state.ui.fields[0]!.label['zh-CN']).toBe('');
    expect(byTestId('designer-problems')?.textContent).toContain('1 处问题');
    expect(byTestId('designer-preview')!.textContent).toContain('请假事由');
  });
});
