// 转交: the chosen person and the comment go to forms.approvals.act; the service's refusal of the person shows at
// the person, in words, and the dialog stays open.
import { registerErrorCatalogs } from '@duda/api-client';
import { formsCatalogs } from '@duda/contract-forms';
import { describe, expect, it, vi } from 'vitest';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { ActInput } from './api.ts';
import { click, errorsShown, nameOf, pick, refusedPerson, searchStaff, staff, type } from './testing.ts';
import TransferDialog from './TransferDialog.vue';

registerErrorCatalogs(...formsCatalogs);
const taskId = '5e0a1b2c-3d4e-4f60-8a7b-9c0d1e2f3a4b';

function mountDialog(send: (input: ActInput) => Promise<unknown>) {
  const search = searchStaff();
  const wrapper = mountInRemote(TransferDialog, {
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

describe('TransferDialog', { timeout: 60_000 }, () => {
  it('transfers the task to the chosen person with the comment', async () => {
    const send = vi.fn().mockResolvedValue({});
    const { wrapper, search } = mountDialog(send);
    await pick('approval-transfer-to', '陈', '陈静', search);
    await type('approval-transfer-comment', ' 我这周休假，请代为审批 ');
    await click('approval-transfer-confirm');
    expect(send).toHaveBeenCalledWith({
      action: 'TRANSFER',
      taskId,
      to: { personId: staff[0]!.id, name: '陈静' },
      comment: '我这周休假，请代为审批',
    });
    expect(wrapper.emitted('done')).toHaveLength(1);
    expect(wrapper.props('modelValue')).toBe(false);
  });

  it("shows the service's refusal at the person and stays open", async () => {
    const send = vi.fn().mockRejectedValue(refusedPerson('刘海涛'));
    const { wrapper, search } = mountDialog(send);
    await pick('approval-transfer-to', '刘', '刘海涛', search);
    await click('approval-transfer-confirm');
    expect(await errorsShown()).toEqual(['“刘海涛”不在本审批所属的杭州分公司范围内']);
    expect(wrapper.emitted('done')).toBeUndefined();
    expect(wrapper.props('modelValue')).toBe(true);
  });
});
