import { registerErrorCatalogs } from '@duda/api-client';
import { formsCatalogs } from '@duda/contract-forms';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { mountInRemote } from '../../test/mountInRemote.ts';
import { provideFileServices, type FileRef, type FileServices } from '../services.ts';
import AttachmentField from './AttachmentField.vue';

registerErrorCatalogs(...formsCatalogs);

/** What the gateway answers when the service refuses a file (a TRPCClientError as the api client sees it). */
const refusedAsTooLarge = () =>
  Object.assign(new Error('附件不能超过 10 MB'), {
    name: 'TRPCClientError',
    data: {
      code: 'PAYLOAD_TOO_LARGE',
      httpStatus: 413,
      error: { code: 'forms.submissions.fileTooLarge', params: { maximum: 10 } },
      fieldErrors: [
        {
          path: 'file',
          code: 'forms.submissions.fileTooLarge',
          params: { maximum: 10 },
          message: '附件不能超过 10 MB',
        },
      ],
    },
  });

function mountField(services: FileServices) {
  const files = ref<FileRef[] | null>(null);
  const Host = defineComponent({
    setup() {
      provideFileServices(services);
      return () =>
        h(AttachmentField, {
          maxFiles: 3,
          modelValue: files.value,
          'onUpdate:modelValue': (next: FileRef[] | null | undefined) => (files.value = next ?? null),
        });
    },
  });
  mountInRemote(Host);
  return files;
}

async function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('.form-attachments input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await flushPromises();
}
const testIds = (id: string) => [...document.querySelectorAll(`[data-testid="${id}"]`)];

describe('AttachmentField', { timeout: 60_000 }, () => {
  it('shows a file uploading, then lists the stored file and keeps its reference', async () => {
    let finish: (file: FileRef) => void = () => undefined;
    const files = mountField({
      upload: () => new Promise((resolve) => (finish = resolve)),
      urlOf: (file) => `/api/forms/files/${file.id}`,
    });
    await flushPromises();
    await choose(new File([new Uint8Array(2048)], '病假证明.pdf', { type: 'application/pdf' }));
    expect(testIds('attachment-uploading').map((el) => el.textContent)).toEqual(['正在上传 病假证明.pdf…']);
    expect(
      document.querySelector('.el-progress.is-indeterminate, .el-progress-bar__inner--indeterminate'),
    ).not.toBeNull();

    const stored = { id: 'f1', name: '病假证明.pdf', size: 2048, contentType: 'application/pdf' };
    finish(stored);
    await flushPromises();
    expect(testIds('attachment-uploading')).toHaveLength(0);
    expect(files.value).toEqual([stored]);
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="attachment-file"] a')!;
    expect(link.getAttribute('href')).toBe('/api/forms/files/f1');
    expect(testIds('attachment-file')[0]!.textContent).toContain('2 KB');
  });

  it("shows the service's refusal in words and keeps nothing", async () => {
    const files = mountField({
      upload: () => Promise.reject(refusedAsTooLarge()),
      urlOf: (file) => `/api/forms/files/${file.id}`,
    });
    await flushPromises();
    await choose(new File([new Uint8Array(16)], '录像.mp4', { type: 'video/mp4' }));
    expect(testIds('attachment-refused').map((el) => el.textContent?.trim())).toEqual([
      '录像.mp4 未上传：附件不能超过 10 MB',
    ]);
    expect(testIds('attachment-uploading')).toHaveLength(0);
    expect(files.value).toBeNull();
  });

  it('cannot upload where the page stores no files (a read-back)', async () => {
    mountField({ urlOf: (file) => `/api/forms/files/${file.id}` });
    await flushPromises();
    expect(document.querySelector<HTMLButtonElement>('.form-attachments button')!.disabled).toBe(true);
  });
});
