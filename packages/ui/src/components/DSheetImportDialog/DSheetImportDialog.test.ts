import type { ImportMode, ImportReport } from '@duda/contract-kit';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DSheetImportDialog from './DSheetImportDialog.vue';

const report = (mode: ImportMode, imported = 0): ImportReport => ({
  mode,
  rows: 3,
  valid: 2,
  imported,
  errors: [
    {
      row: 3,
      column: '姓名',
      code: 'org.import.required',
      message: { 'zh-CN': '“姓名”不能为空', en: '“姓名” must be filled in.' },
    },
  ],
});

const button = (label: string) =>
  [...document.body.querySelectorAll<HTMLButtonElement>('.el-dialog button')].find(
    (b) => b.textContent?.trim() === label,
  )!;

async function mountDialog(ready = true) {
  const run = vi.fn(async (_file: File, mode: ImportMode) => report(mode, mode === 'CHECK' ? 0 : 2));
  const wrapper = mountWithDesignSystem(DSheetImportDialog, {
    props: { modelValue: true, title: '导入人员', hint: '选择文件', run, ready },
    slots: { default: '<p class="extra">初始密码</p>' },
  });
  await flushPromises();
  const upload = wrapper.findComponent({ name: 'ElUpload' });
  upload.props('onChange')!({ raw: new File(['x'], 'people.xlsx'), name: 'people.xlsx' } as never, [] as never);
  await flushPromises();
  return { wrapper, run };
}

describe('DSheetImportDialog', () => {
  it('checks the file first, shows each bad row with its reason, then imports the good rows only', async () => {
    const { wrapper, run } = await mountDialog();
    expect(document.body.querySelector('.el-dialog .extra')).not.toBeNull();
    button('检查文件').click();
    await flushPromises();
    expect(run).toHaveBeenLastCalledWith(expect.any(File), 'CHECK');
    const dialog = document.body.querySelector('.el-dialog')!;
    expect(dialog.textContent).toContain('共 3 行，2 行可以导入，1 行有问题');
    expect(dialog.textContent).toContain('“姓名”不能为空');
    button('只导入正确的 2 行').click();
    await flushPromises();
    expect(run).toHaveBeenLastCalledWith(expect.any(File), 'KEEP_VALID');
    expect(wrapper.emitted('imported')).toEqual([[report('KEEP_VALID', 2)]]);
  });

  it('waits for the caller’s own fields before checking', async () => {
    const { run } = await mountDialog(false);
    expect(button('检查文件').disabled).toBe(true);
    expect(run).not.toHaveBeenCalled();
  });
});
