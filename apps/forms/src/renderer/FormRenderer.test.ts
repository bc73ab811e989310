import type { FormData } from '@duda/contract-forms';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { mountInRemote } from '../test/mountInRemote.ts';
import FormRenderer from './FormRenderer.vue';
import { testDataSchema, testUi } from './testTemplate.ts';

function mountForm(initial: FormData) {
  const values = ref<FormData>(initial);
  const wrapper = mountInRemote(FormRenderer, {
    props: {
      ui: testUi,
      dataSchema: testDataSchema,
      layout: 'desktop',
      modelValue: values.value,
      'onUpdate:modelValue': (next: FormData) => {
        values.value = next;
        void wrapper.setProps({ modelValue: next });
      },
    },
  });
  return { wrapper, values };
}
const field = (key: string) => document.querySelector(`[data-testid="form-field-${key}"]`);

describe('FormRenderer', { timeout: 60_000 }, () => {
  it('draws the sections and computes the leave days from the range', async () => {
    mountForm({ kind: 'annual', period: { start: '2026-12-01', end: '2026-12-03' }, handover: [{}] });
    await flushPromises();
    expect([...document.querySelectorAll('.form-renderer__section-title')].map((h) => h.textContent)).toEqual(
      ['请假信息', '工作交接'],
    );
    expect(field('days')?.textContent).toContain('3');
  });

  it('shows the sick note only for sick leave, and then requires it', async () => {
    const { wrapper } = mountForm({ kind: 'annual', handover: [{}] });
    await flushPromises();
    expect(field('proof')).toBeNull();
    await wrapper.setProps({ modelValue: { kind: 'sick', handover: [{}] } });
    expect(field('proof')?.classList.contains('is-required')).toBe(true);
  });

  it('adds up the weights live against 100', async () => {
    mountForm({
      handover: [
        { topic: 'a', weight: 60 },
        { topic: 'b', weight: 30 },
      ],
    });
    await flushPromises();
    const total = document.querySelector('[data-testid="form-table-total"] .el-tag')!;
    expect(total.textContent?.trim()).toBe('权重合计 90 / 100');
    expect(total.classList.contains('el-tag--warning')).toBe(true);
  });

  it('adds, moves and removes rows', async () => {
    const { values } = mountForm({ handover: [{ topic: 'a' }] });
    await flushPromises();
    const buttons = () => [
      ...document.querySelectorAll<HTMLButtonElement>('[data-testid="form-table-handover"] button'),
    ];
    buttons()
      .find((b) => b.textContent?.includes('添加一行'))!
      .click();
    await flushPromises();
    expect(values.value.handover).toEqual([{ topic: 'a' }, {}]);
    buttons()
      .find((b) => b.getAttribute('aria-label') === '上移' && !b.disabled)!
      .click();
    await flushPromises();
    expect(values.value.handover).toEqual([{}, { topic: 'a' }]);
    buttons()
      .find((b) => b.getAttribute('aria-label') === '删除' && !b.disabled)!
      .click();
    await flushPromises();
    expect(values.value.handover).toEqual([{ topic: 'a' }]);
  });

  it('says nothing before the user acts, everything once they submit', async () => {
    const { wrapper } = mountForm({ handover: [{}] });
    await flushPromises();
    expect(document.querySelector('.el-form-item__error')).toBeNull();
    const ok = (wrapper.vm as unknown as { reveal(): boolean }).reveal();
    expect(ok).toBe(false);
    await flushPromises();
    await vi.waitFor(() => expect(field('reason')?.textContent).toContain('请填写请假事由'), {
      timeout: 10_000,
    });
    expect(document.querySelector('[data-testid="form-table-handover"]')?.textContent).toContain(
      '请填写工作主题',
    );
  });

  it('speaks English when the portal does', async () => {
    const { wrapper } = mountForm({ handover: [{}] });
    const i18n = (wrapper.vm as unknown as { $i18n: { locale: string } }).$i18n;
    i18n.locale = 'en';
    try {
      (wrapper.vm as unknown as { reveal(): boolean }).reveal();
      await flushPromises();
      await vi.waitFor(() => expect(field('reason')?.textContent).toContain('Fill in Reason.'), {
        timeout: 10_000,
      });
      expect(field('handover')?.textContent).toContain('Fill in Topic.');
    } finally {
      i18n.locale = 'zh-CN';
    }
  });
});
