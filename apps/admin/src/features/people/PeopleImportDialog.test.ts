import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import PeopleImportDialog from './PeopleImportDialog.vue';

enableAutoUnmount(afterEach);

const { sent } = vi.hoisted(() => ({ sent: [] as FormData[] }));
vi.mock('./api.ts', () => ({
  useImportPeople: () => ({
    mutateAsync: async (form: FormData) => {
      sent.push(form);
      return { mode: form.get('mode'), rows: 1000, valid: 997, imported: 0, errors: [] };
    },
    isPending: ref(false),
  }),
  downloadPeopleTemplate: vi.fn(),
}));

const button = (label: string) =>
  [...document.body.querySelectorAll<HTMLButtonElement>('.el-dialog button')].find(
    (b) => b.textContent?.trim() === label,
  )!;

describe('PeopleImportDialog', () => {
  it('asks for the initial password first, then sends it with the file and the mode', async () => {
    const dialog = mount(PeopleImportDialog, {
      attachTo: document.body,
      props: { modelValue: true },
      global: { plugins: [[installDesignSystem, { messages }]] },
    });
    await flushPromises();
    expect(document.body.querySelector('.el-dialog')!.textContent).toContain('最多 2000 人');
    dialog.findComponent({ name: 'ElUpload' }).props('onChange')!(
      { raw: new File(['x'], 'people.xlsx'), name: 'people.xlsx' } as never,
      [] as never,
    );
    await flushPromises();
    expect(button('检查文件').disabled).toBe(true);
    dialog.findComponent({ name: 'ElInput' }).vm.$emit('update:modelValue', 'Start2026x');
    await flushPromises();
    button('检查文件').click();
    await flushPromises();
    expect(
      sent.map((form) => [form.get('mode'), form.get('initialPassword'), (form.get('file') as File).name]),
    ).toEqual([['CHECK', 'Start2026x', 'people.xlsx']]);
  });
});
