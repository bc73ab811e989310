import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DImageUpload from './DImageUpload.vue';
import type { ImageUploader, UploadedImage } from './types.ts';

const MB = 1024 * 1024;
const photo = (name = '门头.jpg', bytes = 1024, type = 'image/jpeg') =>
  new File([new Uint8Array(bytes)], name, { type });

function mountUpload(upload: ImageUploader, props: Record<string, unknown> = {}) {
  return mountWithDesignSystem(DImageUpload, { props: { upload, ...props } });
}

async function choose(wrapper: ReturnType<typeof mountUpload>, ...files: File[]): Promise<void> {
  const input = wrapper.find('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  await input.trigger('change');
  await flushPromises();
}

const messages = () =>
  [...document.querySelectorAll('.el-message')].map((message) => message.textContent?.trim());

describe('DImageUpload', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('refuses a file that is not an image, without uploading it', async () => {
    const upload = vi.fn<ImageUploader>();
    const wrapper = mountUpload(upload);
    await choose(wrapper, photo('检查表.pdf', 1024, 'application/pdf'));
    expect(upload).not.toHaveBeenCalled();
    expect(messages()).toEqual(['「检查表.pdf」不是图片，只能上传图片文件']);
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
  });

  it('refuses an image larger than maxSizeMb, without uploading it', async () => {
    const upload = vi.fn<ImageUploader>();
    const wrapper = mountUpload(upload, { maxSizeMb: 2 });
    await choose(wrapper, photo('全景.jpg', 2 * MB + 1));
    expect(upload).not.toHaveBeenCalled();
    expect(messages()).toEqual(['「全景.jpg」超过 2 MB，请压缩后重新上传']);
  });

  it('uploads a good image and appends it to v-model', async () => {
    const existing: UploadedImage = { id: 'f1', url: '/files/f1.jpg', name: '柜台.jpg' };
    const upload = vi
      .fn<ImageUploader>()
      .mockResolvedValue({ id: 'f2', url: '/files/f2.jpg', name: '门头.jpg' });
    const wrapper = mountUpload(upload, { modelValue: [existing] });
    const file = photo();
    await choose(wrapper, file);
    expect(upload).toHaveBeenCalledWith(file);
    expect(wrapper.emitted('update:modelValue')).toEqual([
      [[existing, { id: 'f2', url: '/files/f2.jpg', name: '门头.jpg' }]],
    ]);
  });

  it('uploads only up to max images and says why the rest were left out', async () => {
    const upload = vi.fn<ImageUploader>(async (file) => ({ url: `/files/${file.name}`, name: file.name }));
    const wrapper = mountUpload(upload, { max: 2, modelValue: [{ url: '/files/a.jpg', name: 'a.jpg' }] });
    await choose(wrapper, photo('b.jpg'), photo('c.jpg'));
    expect(upload).toHaveBeenCalledTimes(1);
    expect(messages()).toEqual(['最多只能上传 2 张图片']);
  });

  it('reports a failed upload and keeps the list unchanged', async () => {
    const wrapper = mountUpload(vi.fn<ImageUploader>().mockRejectedValue(new Error('503')));
    await choose(wrapper, photo());
    expect(messages()).toEqual(['「门头.jpg」上传失败，请重试']);
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
  });

  it('says why the upload was refused when the page words the error', async () => {
    const refusal = new Error('photoType');
    const wrapper = mountUpload(vi.fn<ImageUploader>().mockRejectedValue(refusal), {
      describeError: (error: unknown) => (error === refusal ? '只能上传 JPG、PNG 或 WebP 格式的图片' : '?'),
    });
    await choose(wrapper, photo('门头.heic'));
    expect(messages()).toEqual(['「门头.heic」未能上传：只能上传 JPG、PNG 或 WebP 格式的图片']);
  });

  it('removes an image with its labelled button', async () => {
    const images = [
      { id: 'f1', url: '/files/f1.jpg', name: '柜台.jpg' },
      { id: 'f2', url: '/files/f2.jpg', name: '门头.jpg' },
    ];
    const wrapper = mountUpload(vi.fn(), { modelValue: images });
    await wrapper.find('button[aria-label="删除图片 柜台.jpg"]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([[[images[1]]]]);
  });

  it('offers the camera on phones when capture is set', () => {
    const wrapper = mountUpload(vi.fn(), { capture: 'environment' });
    const input = wrapper.find('input[type="file"]');
    expect(input.attributes('capture')).toBe('environment');
    expect(input.attributes('accept')).toBe('image/*');
  });
});
