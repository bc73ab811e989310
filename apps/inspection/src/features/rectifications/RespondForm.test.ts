import { inspectionErrors } from '@duda/contract-inspection';
import { DImageUpload } from '@duda/ui';
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { RectificationDetail } from './api.ts';
import RespondForm from './RespondForm.vue';

const { respond, uploadHallPhoto } = vi.hoisted(() => ({ respond: vi.fn(), uploadHallPhoto: vi.fn() }));
vi.mock('./api.ts', () => ({
  useRespondMutation: () => ({ mutateAsync: respond, isPending: ref(false) }),
  uploadHallPhoto,
}));

const order = {
  id: 'order-1',
  hallId: 'hall-1',
  evidenceRequired: true,
  response: null,
  photos: {},
} as unknown as RectificationDetail;

function mountForm(props = order) {
  const wrapper = mountInRemote(RespondForm, { props: { order: props } });
  const submit = () => wrapper.find('button[type=submit]').trigger('submit');
  return { wrapper, submit };
}

describe('RespondForm', () => {
  beforeEach(() => respond.mockReset().mockResolvedValue({ status: 'RESPONDED' }));

  it('asks for the measures and the evidence photo before sending anything', async () => {
    const { wrapper, submit } = mountForm();
    await submit();
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() =>
      expect(wrapper.findAll('[role=alert]').map((alert) => alert.text())).toEqual([
        '请填写已采取的整改措施',
        '该问题要求拍照留证，请上传整改后的照片',
      ]),
    );
    expect(respond).not.toHaveBeenCalled();
  });

  it('sends the trimmed measures with the uploaded photos, then clears the form', async () => {
    const { wrapper, submit } = mountForm();
    await wrapper.find('textarea').setValue('  已拖干地面并放置防滑提示牌 ');
    wrapper
      .findComponent(DImageUpload)
      .vm.$emit('update:modelValue', [{ id: 'photo-1', url: '/api/photos/photo-1', name: 'after.jpg' }]);
    await submit();
    await flushPromises();
    expect(respond).toHaveBeenCalledWith({
      id: 'order-1',
      measures: '已拖干地面并放置防滑提示牌',
      photoIds: ['photo-1'],
    });
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('');
  });

  it('starts a sent-back order from the measures and photos the hall answered last time', async () => {
    const sentBack = {
      ...order,
      status: 'REJECTED_BACK',
      response: { measures: '已拖干地面', photoIds: ['photo-1'], respondedAt: new Date() },
      photos: { 'photo-1': '/api/photos/photo-1?sig=x' },
    } as unknown as RectificationDetail;
    const { wrapper, submit } = mountForm(sentBack);
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('已拖干地面');
    expect(wrapper.findComponent(DImageUpload).props('modelValue')).toEqual([
      expect.objectContaining({ id: 'photo-1', url: '/api/photos/photo-1?sig=x' }),
    ]);
    await wrapper.find('textarea').setValue('已拖干地面，并放置防滑提示牌');
    await submit();
    await flushPromises();
    expect(respond).toHaveBeenCalledWith({
      id: 'order-1',
      measures: '已拖干地面，并放置防滑提示牌',
      photoIds: ['photo-1'],
    });
  });

  it("shows the server's reason when it refuses a photo", async () => {
    uploadHallPhoto.mockRejectedValueOnce(inspectionErrors.photoType());
    const { wrapper } = mountForm();
    const input = wrapper.find('input[type=file]');
    const heic = new File([new Uint8Array(64)], '整改后.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input.element, 'files', { value: [heic], configurable: true });
    await input.trigger('change');
    await flushPromises();
    expect([...document.querySelectorAll('.el-message')].map((m) => m.textContent?.trim())).toContain(
      '「整改后.jpg」未能上传：只能上传 JPG、PNG 或 WebP 格式的图片',
    );
  });
});
