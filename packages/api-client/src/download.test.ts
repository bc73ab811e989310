import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64ToBytes, saveGeneratedFile } from './download.ts';

describe('saving a generated file', () => {
  afterEach(() => vi.restoreAllMocks());

  it('decodes base64 to the original bytes', () => {
    expect([...base64ToBytes('UEsDBA==')]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('saves the file under the service’s name through a temporary link', () => {
    const createObjectURL = vi.fn(() => 'blob:audit');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    });
    saveGeneratedFile({ fileName: '审计日志-2026-12-01.xlsx', base64: 'UEsDBA==' });
    expect(clicked).toEqual([{ name: '审计日志-2026-12-01.xlsx', href: 'blob:audit' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.size).toBe(4);
  });
});
