import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import TypingTestPage from './TypingTestPage.vue';

enableAutoUnmount(afterEach);

const { submit } = vi.hoisted(() => ({ submit: vi.fn() }));
vi.mock('./api.ts', () => ({ useSubmitTyping: () => ({ mutateAsync: submit, isPending: ref(false) }) }));

const mountPage = () =>
  mount(TypingTestPage, {
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }]] },
  });

describe('TypingTestPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T02:00:00Z'));
    submit.mockReset().mockResolvedValue({
      id: 'r1',
      cpm: 60,
      accuracy: 0.95,
      errors: 3,
      elapsedMs: 30_000,
      passageId: 'zh-greeting',
    });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the passage and sends only committed IME text with the time from the first input', async () => {
    const page = mountPage();
    expect(page.text()).toContain('客户进厅时，引导员应主动起身问候');
    const area = page.find('textarea');
    await area.trigger('compositionstart');
    area.element.value = 'kehu';
    await area.trigger('input', { isComposing: true });
    vi.setSystemTime(new Date('2026-11-23T02:00:30Z'));
    area.element.value = '客户';
    await area.trigger('compositionend');
    await page
      .findAll('button')
      .find((b) => b.text() === '提交成绩')!
      .trigger('click');
    await flushPromises();
    expect(submit).toHaveBeenCalledWith({ passageId: 'zh-greeting', typed: '客户', elapsedMs: 30_000 });
    expect(page.text()).toContain('95.0%');
    expect(page.text()).toContain('成绩由系统根据提交的文字和用时重新计算');
  });

  it('does not submit before anything is typed', async () => {
    const page = mountPage();
    await page
      .findAll('button')
      .find((b) => b.text() === '提交成绩')!
      .trigger('click');
    expect(submit).not.toHaveBeenCalled();
  });
});
