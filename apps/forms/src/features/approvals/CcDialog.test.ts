// 抄送: the chosen people, with their names, go to forms.approvals.cc; a refusal shows at the people field.
import { registerErrorCatalogs } from '@duda/api-client';
import { formsCatalogs } from '@duda/contract-forms';
import { describe, expect, it, vi } from 'vitest';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { CcInput } from './api.ts';
import CcDialog from './CcDialog.vue';
import { click, errorsShown, nameOf, pick, searchStaff, staff } from './testing.ts';

registerErrorCatalogs(...formsCatalogs);
const instanceId = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function mountDialog(send: (input: CcInput) => Promise<unknown>) {
  const search = searchStaff();
  const wrapper = mountInRemote(CcDialog, {
    props: {
      modelValue: true,
      'onUpdate:modelValue': (open: boolean) => wrapper.setProps({ modelValue: open }),
      instanceId,
      search,
      nameOf,
      send,
    },
  });
  return { wrapper, search };
}

describe('CcDialog', { timeout: 60_000 }, () => {
  it('copies in everyone chosen', async () => {
    const send = vi.fn().mockResolvedValue({});
    const { wrapper, search } = mountDialog(send);
    await pick('approval-cc-people', '刘', '刘海涛', search);
    await pick('approval-cc-people', '陈', '陈静', search);
    await click('approval-cc-confirm');
    expect(send).toHaveBeenCalledWith({
      instanceId,
      people: [
        { personId: staff[1]!.id, name: '刘海涛' },
        { personId: staff[0]!.id, name: '陈静' },
      ],
    });
    expect(wrapper.emitted('done')).toHaveLength(1);
  });

  it("shows the service's refusal in the portal's words", async () => {
    const denied = Object.assign(new Error('只有提交人和审批人可以抄送'), {
      name: 'TRPCClientError',
      data: { code: 'FORBIDDEN', httpStatus: 403, error: { code: 'forms.approvals.ccDenied', params: {} } },
    });
    const { wrapper, search } = mountDialog(vi.fn().mockRejectedValue(denied));
    await pick('approval-cc-people', '陈', '陈静', search);
    await click('approval-cc-confirm');
    expect(await errorsShown()).toEqual(['只有提交人和审批人可以抄送']);
    expect(wrapper.props('modelValue')).toBe(true);
  });
});
