// 加签: everyone chosen is added with the chosen position in one call (all or none); a refusal names the person and
// leaves the choice as it was.
import { registerErrorCatalogs } from '@duda/api-client';
import { formsCatalogs } from '@duda/contract-forms';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountInRemote } from '../../test/mountInRemote.ts';
import AddSignerDialog from './AddSignerDialog.vue';
import type { ActInput } from './api.ts';
import { click, errorsShown, nameOf, pick, refusedPerson, searchStaff, staff, type } from './testing.ts';

registerErrorCatalogs(...formsCatalogs);
const taskId = '5e0a1b2c-3d4e-4f60-8a7b-9c0d1e2f3a4b';
const [chen, liu] = [staff[0]!, staff[1]!];

function mountDialog(send: (input: ActInput) => Promise<unknown>) {
  const search = searchStaff();
  const wrapper = mountInRemote(AddSignerDialog, {
    props: {
      modelValue: true,
      'onUpdate:modelValue': (open: boolean) => wrapper.setProps({ modelValue: open }),
      taskId,
      search,
      nameOf,
      send,
    },
  });
  return { wrapper, search };
}
const radio = (label: string) =>
  [...document.querySelectorAll<HTMLElement>('.el-radio')].find((el) => el.textContent?.includes(label))!;

describe('AddSignerDialog', { timeout: 60_000 }, () => {
  it('adds everyone chosen after the viewer in one call, with the comment', async () => {
    const send = vi.fn().mockResolvedValue({});
    const { wrapper, search } = mountDialog(send);
    await pick('approval-signers', '陈', '陈静', search);
    await pick('approval-signers', '刘', '刘海涛', search);
    await type('approval-signer-comment', '请一并把关排班');
    await click('approval-add-signer-confirm');
    expect(send).toHaveBeenCalledExactlyOnceWith({
      action: 'ADD_SIGNER',
      taskId,
      signers: [
        { personId: chen.id, name: '陈静' },
        { personId: liu.id, name: '刘海涛' },
      ],
      position: 'AFTER',
      comment: '请一并把关排班',
    });
    expect(wrapper.emitted('done')).toHaveLength(1);
  });

  it('adds several before the viewer at once', async () => {
    const send = vi.fn().mockResolvedValue({});
    const { search } = mountDialog(send);
    await flushPromises();
    radio('加签人先审批').querySelector('input')!.click();
    await pick('approval-signers', '陈', '陈静', search);
    await pick('approval-signers', '刘', '刘海涛', search);
    await click('approval-add-signer-confirm');
    expect(send).toHaveBeenCalledExactlyOnceWith({
      action: 'ADD_SIGNER',
      taskId,
      signers: [
        { personId: chen.id, name: '陈静' },
        { personId: liu.id, name: '刘海涛' },
      ],
      position: 'BEFORE',
    });
  });

  it('shows a refused signer by name and keeps everyone chosen (none was added)', async () => {
    const send = vi.fn().mockRejectedValueOnce(refusedPerson('刘海涛'));
    const { wrapper, search } = mountDialog(send);
    await pick('approval-signers', '陈', '陈静', search);
    await pick('approval-signers', '刘', '刘海涛', search);
    await click('approval-add-signer-confirm');
    expect(send).toHaveBeenCalledTimes(1);
    expect(await errorsShown()).toEqual(['“刘海涛”不在本审批所属的杭州分公司范围内']);
    expect(
      [...document.querySelectorAll('[data-testid="approval-signers"] .el-tag')].map((tag) =>
        tag.textContent?.trim(),
      ),
    ).toEqual(['陈静（HZ0102）', '刘海涛（HZ0021）']);
    expect(wrapper.emitted('done')).toBeUndefined();
  });
});
