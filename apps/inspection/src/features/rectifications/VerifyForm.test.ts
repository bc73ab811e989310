import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { RectificationDetail } from './api.ts';
import VerifyForm from './VerifyForm.vue';

const { accept, rejectBack, confirmAction } = vi.hoisted(() => ({
  accept: vi.fn(),
  rejectBack: vi.fn(),
  confirmAction: vi.fn(),
}));
vi.mock('./api.ts', () => ({
  useAcceptMutation: () => ({ mutateAsync: accept, isPending: ref(false) }),
  useRejectBackMutation: () => ({ mutateAsync: rejectBack, isPending: ref(false) }),
}));
vi.mock('@duda/ui', async (original) => ({ ...(await original<object>()), confirmAction }));

const order = { id: 'order-1' } as RectificationDetail;

function mountForm() {
  const wrapper = mountInRemote(VerifyForm, { props: { order } });
  const button = (label: string) => wrapper.findAll('button').find((b) => b.text() === label)!;
  return { wrapper, button };
}

describe('VerifyForm', () => {
  beforeEach(() => {
    for (const call of [accept, rejectBack, confirmAction]) call.mockReset();
    confirmAction.mockResolvedValue(true);
  });

  it('will not send an order back without a reason', async () => {
    const { wrapper, button } = mountForm();
    await button('退回重改').trigger('click');
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() => expect(wrapper.find('[role=alert]').text()).toContain('退回重改时请填写原因'));
    expect(confirmAction).not.toHaveBeenCalled();
    expect(rejectBack).not.toHaveBeenCalled();
  });

  it('sends it back with the reason once confirmed', async () => {
    const { wrapper, button } = mountForm();
    await wrapper.find('textarea').setValue(' 照片看不出整改效果 ');
    await button('退回重改').trigger('click');
    await flushPromises();
    expect(rejectBack).toHaveBeenCalledWith({ id: 'order-1', reason: '照片看不出整改效果' });
  });

  it('accepts without a comment, and does nothing when the confirmation is cancelled', async () => {
    const { button } = mountForm();
    confirmAction.mockResolvedValueOnce(false);
    await button('验证通过').trigger('click');
    await flushPromises();
    expect(accept).not.toHaveBeenCalled();
    await button('验证通过').trigger('click');
    await flushPromises();
    expect(accept).toHaveBeenCalledWith({ id: 'order-1' });
  });
});
